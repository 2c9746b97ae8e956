-- The read caches hear of events the way they hear of bookings (migration 0005): the places an
-- event takes and the event itself (its title, whether it is public, cancelled) are part of a
-- space-day's availability, so every write of them sends `bookings:<space id>` when it commits,
-- whoever writes them (the API, the seed, an import).
CREATE TRIGGER event_places_changes_ins AFTER INSERT ON event_places REFERENCING NEW TABLE AS changed_new FOR EACH STATEMENT EXECUTE FUNCTION popdesk_notify_changes('bookings', 'space_id');
--> statement-breakpoint
CREATE TRIGGER event_places_changes_upd AFTER UPDATE ON event_places REFERENCING OLD TABLE AS changed_old NEW TABLE AS changed_new FOR EACH STATEMENT EXECUTE FUNCTION popdesk_notify_changes('bookings', 'space_id');
--> statement-breakpoint
CREATE TRIGGER event_places_changes_del AFTER DELETE ON event_places REFERENCING OLD TABLE AS changed_old FOR EACH STATEMENT EXECUTE FUNCTION popdesk_notify_changes('bookings', 'space_id');
--> statement-breakpoint
CREATE TRIGGER events_changes_upd AFTER UPDATE ON events REFERENCING OLD TABLE AS changed_old NEW TABLE AS changed_new FOR EACH STATEMENT EXECUTE FUNCTION popdesk_notify_changes('bookings', 'space_id');
