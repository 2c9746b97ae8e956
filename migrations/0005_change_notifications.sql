-- Change notifications for the read caches (server/src/plugins/caches.ts). Every write that can
-- change what a cached answer says sends `NOTIFY popdesk_changes, '<topic>:<id>'` when it commits;
-- each API instance LISTENs and drops the entries concerned (one instance or several on one
-- PostgreSQL; embedded PGlite delivers them the same way). Statement-level triggers with transition
-- tables: one notification per distinct id and statement, cheap for bulk writes (seed, retention).
-- Topics: `bookings:<space id>` (free desks of a space), `space:<space id>` (a space, its desks,
-- opening hours, closures), `user:<user id>` (an account, its role and the spaces it runs).
CREATE OR REPLACE FUNCTION popdesk_notify_changes() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  topic text := TG_ARGV[0];
  id_column text := TG_ARGV[1];
  id text;
BEGIN
  IF TG_OP IN ('INSERT', 'UPDATE') THEN
    FOR id IN EXECUTE format('SELECT DISTINCT %I::text FROM changed_new', id_column) LOOP
      PERFORM pg_notify('popdesk_changes', topic || ':' || coalesce(id, ''));
    END LOOP;
  END IF;
  IF TG_OP IN ('UPDATE', 'DELETE') THEN
    FOR id IN EXECUTE format('SELECT DISTINCT %I::text FROM changed_old', id_column) LOOP
      PERFORM pg_notify('popdesk_changes', topic || ':' || coalesce(id, ''));
    END LOOP;
  END IF;
  RETURN NULL;
END $$;
--> statement-breakpoint
CREATE TRIGGER bookings_changes_ins AFTER INSERT ON bookings REFERENCING NEW TABLE AS changed_new FOR EACH STATEMENT EXECUTE FUNCTION popdesk_notify_changes('bookings', 'space_id');
--> statement-breakpoint
CREATE TRIGGER bookings_changes_upd AFTER UPDATE ON bookings REFERENCING OLD TABLE AS changed_old NEW TABLE AS changed_new FOR EACH STATEMENT EXECUTE FUNCTION popdesk_notify_changes('bookings', 'space_id');
--> statement-breakpoint
CREATE TRIGGER bookings_changes_del AFTER DELETE ON bookings REFERENCING OLD TABLE AS changed_old FOR EACH STATEMENT EXECUTE FUNCTION popdesk_notify_changes('bookings', 'space_id');
--> statement-breakpoint
CREATE TRIGGER spaces_changes_ins AFTER INSERT ON spaces REFERENCING NEW TABLE AS changed_new FOR EACH STATEMENT EXECUTE FUNCTION popdesk_notify_changes('space', 'id');
--> statement-breakpoint
CREATE TRIGGER spaces_changes_upd AFTER UPDATE ON spaces REFERENCING OLD TABLE AS changed_old NEW TABLE AS changed_new FOR EACH STATEMENT EXECUTE FUNCTION popdesk_notify_changes('space', 'id');
--> statement-breakpoint
CREATE TRIGGER spaces_changes_del AFTER DELETE ON spaces REFERENCING OLD TABLE AS changed_old FOR EACH STATEMENT EXECUTE FUNCTION popdesk_notify_changes('space', 'id');
--> statement-breakpoint
CREATE TRIGGER desks_changes_ins AFTER INSERT ON desks REFERENCING NEW TABLE AS changed_new FOR EACH STATEMENT EXECUTE FUNCTION popdesk_notify_changes('space', 'space_id');
--> statement-breakpoint
CREATE TRIGGER desks_changes_upd AFTER UPDATE ON desks REFERENCING OLD TABLE AS changed_old NEW TABLE AS changed_new FOR EACH STATEMENT EXECUTE FUNCTION popdesk_notify_changes('space', 'space_id');
--> statement-breakpoint
CREATE TRIGGER desks_changes_del AFTER DELETE ON desks REFERENCING OLD TABLE AS changed_old FOR EACH STATEMENT EXECUTE FUNCTION popdesk_notify_changes('space', 'space_id');
--> statement-breakpoint
CREATE TRIGGER opening_hours_changes_ins AFTER INSERT ON opening_hours REFERENCING NEW TABLE AS changed_new FOR EACH STATEMENT EXECUTE FUNCTION popdesk_notify_changes('space', 'space_id');
--> statement-breakpoint
CREATE TRIGGER opening_hours_changes_upd AFTER UPDATE ON opening_hours REFERENCING OLD TABLE AS changed_old NEW TABLE AS changed_new FOR EACH STATEMENT EXECUTE FUNCTION popdesk_notify_changes('space', 'space_id');
--> statement-breakpoint
CREATE TRIGGER opening_hours_changes_del AFTER DELETE ON opening_hours REFERENCING OLD TABLE AS changed_old FOR EACH STATEMENT EXECUTE FUNCTION popdesk_notify_changes('space', 'space_id');
--> statement-breakpoint
CREATE TRIGGER closures_changes_ins AFTER INSERT ON closures REFERENCING NEW TABLE AS changed_new FOR EACH STATEMENT EXECUTE FUNCTION popdesk_notify_changes('space', 'space_id');
--> statement-breakpoint
CREATE TRIGGER closures_changes_upd AFTER UPDATE ON closures REFERENCING OLD TABLE AS changed_old NEW TABLE AS changed_new FOR EACH STATEMENT EXECUTE FUNCTION popdesk_notify_changes('space', 'space_id');
--> statement-breakpoint
CREATE TRIGGER closures_changes_del AFTER DELETE ON closures REFERENCING OLD TABLE AS changed_old FOR EACH STATEMENT EXECUTE FUNCTION popdesk_notify_changes('space', 'space_id');
--> statement-breakpoint
CREATE TRIGGER users_changes_ins AFTER INSERT ON users REFERENCING NEW TABLE AS changed_new FOR EACH STATEMENT EXECUTE FUNCTION popdesk_notify_changes('user', 'id');
--> statement-breakpoint
CREATE TRIGGER users_changes_upd AFTER UPDATE ON users REFERENCING OLD TABLE AS changed_old NEW TABLE AS changed_new FOR EACH STATEMENT EXECUTE FUNCTION popdesk_notify_changes('user', 'id');
--> statement-breakpoint
CREATE TRIGGER users_changes_del AFTER DELETE ON users REFERENCING OLD TABLE AS changed_old FOR EACH STATEMENT EXECUTE FUNCTION popdesk_notify_changes('user', 'id');
--> statement-breakpoint
CREATE TRIGGER staff_spaces_changes_ins AFTER INSERT ON staff_spaces REFERENCING NEW TABLE AS changed_new FOR EACH STATEMENT EXECUTE FUNCTION popdesk_notify_changes('user', 'user_id');
--> statement-breakpoint
CREATE TRIGGER staff_spaces_changes_upd AFTER UPDATE ON staff_spaces REFERENCING OLD TABLE AS changed_old NEW TABLE AS changed_new FOR EACH STATEMENT EXECUTE FUNCTION popdesk_notify_changes('user', 'user_id');
--> statement-breakpoint
CREATE TRIGGER staff_spaces_changes_del AFTER DELETE ON staff_spaces REFERENCING OLD TABLE AS changed_old FOR EACH STATEMENT EXECUTE FUNCTION popdesk_notify_changes('user', 'user_id');
