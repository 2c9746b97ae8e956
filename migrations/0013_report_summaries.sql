CREATE TABLE "report_generations" (
	"space_id" uuid PRIMARY KEY NOT NULL,
	"generation" bigint NOT NULL
);
--> statement-breakpoint
CREATE TABLE "report_month_figures" (
	"space_id" uuid NOT NULL,
	"month" date NOT NULL,
	"generation" bigint NOT NULL,
	"open_days" integer NOT NULL,
	"available_desk_hours" double precision NOT NULL,
	"booked_desk_hours" double precision NOT NULL,
	"occupied_desk_hours" double precision NOT NULL,
	"utilisation" double precision NOT NULL,
	"occupancy" double precision NOT NULL,
	"bookings" integer NOT NULL,
	"cancellations" integer NOT NULL,
	"no_shows" integer NOT NULL,
	"unique_users" integer NOT NULL,
	"new_users" integer NOT NULL,
	"guest_bookings" integer NOT NULL,
	"peak_concurrent_desks" integer NOT NULL,
	"turned_away" integer NOT NULL,
	"turned_away_attempts" integer NOT NULL,
	"waitlist_entries" integer NOT NULL,
	"events" json NOT NULL,
	CONSTRAINT "report_month_figures_space_id_month_pk" PRIMARY KEY("space_id","month")
);
--> statement-breakpoint
ALTER TABLE "report_month_figures" ADD CONSTRAINT "report_month_figures_space_id_spaces_id_fk" FOREIGN KEY ("space_id") REFERENCES "public"."spaces"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
-- Report summaries (server/src/features/reports/summaries.ts): report_month_figures holds the
-- figures of closed space-months; a row counts only while its generation equals the space's in
-- report_generations. Every write that can change a figure of a closed month bumps the space's
-- generation and drops its summaries, in the writing transaction, so a roll-up never reads a stale
-- one. A month is closed once it ended more than 2 days ago (in UTC; no zone is 14 hours or more
-- away), so a write can touch a closed month only if what it writes lies more than a day in the
-- past: bookings, events and turned-away demand starting then, closures and waitlist dates before
-- today. Writes for today or later (nearly all) only scan their transition table and take no lock.
-- Opening hours are current-only: any change alters every past month of the space.
CREATE OR REPLACE FUNCTION popdesk_report_invalidate(ids uuid[]) RETURNS void LANGUAGE plpgsql AS $$
BEGIN
  IF ids IS NULL OR cardinality(ids) = 0 THEN
    RETURN;
  END IF;
  -- in id order, so that two statements bumping the same spaces cannot deadlock
  INSERT INTO report_generations AS g (space_id, generation)
  SELECT DISTINCT id, 1 FROM unnest(ids) id WHERE id IS NOT NULL ORDER BY 1
  ON CONFLICT (space_id) DO UPDATE SET generation = g.generation + 1;
  DELETE FROM report_month_figures WHERE space_id = ANY (ids);
END $$;
--> statement-breakpoint
-- TG_ARGV[0]: a query giving the space ids a statement touches in the past, with %1$s for the
-- transition table (changed_new, then changed_old); each id once (a bulk write touches a space
-- many times).
CREATE OR REPLACE FUNCTION popdesk_report_changes() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  ids uuid[];
BEGIN
  IF TG_OP IN ('INSERT', 'UPDATE') THEN
    EXECUTE format('SELECT array(SELECT DISTINCT x.id FROM (' || TG_ARGV[0] || ') x(id))', 'changed_new') INTO ids;
    PERFORM popdesk_report_invalidate(ids);
  END IF;
  IF TG_OP IN ('UPDATE', 'DELETE') THEN
    EXECUTE format('SELECT array(SELECT DISTINCT x.id FROM (' || TG_ARGV[0] || ') x(id))', 'changed_old') INTO ids;
    PERFORM popdesk_report_invalidate(ids);
  END IF;
  RETURN NULL;
END $$;
--> statement-breakpoint
-- An update of desks or spaces counts only when a column a figure reads changes (not a name, a
-- plan position or a description). TG_ARGV[0]: the key; TG_ARGV[1]: the space column; TG_ARGV[2]:
-- the compared columns.
CREATE OR REPLACE FUNCTION popdesk_report_updates() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  ids uuid[];
BEGIN
  EXECUTE format(
    'SELECT array(SELECT o.%2$I FROM changed_old o JOIN changed_new n USING (%1$I) WHERE (%3$s) IS DISTINCT FROM (%4$s)
       UNION SELECT n.%2$I FROM changed_old o JOIN changed_new n USING (%1$I) WHERE (%3$s) IS DISTINCT FROM (%4$s))',
    TG_ARGV[0], TG_ARGV[1], TG_ARGV[2], replace(TG_ARGV[2], 'o.', 'n.')) INTO ids;
  PERFORM popdesk_report_invalidate(ids);
  RETURN NULL;
END $$;
--> statement-breakpoint
-- Bookings are the hot table (every booking of today is a one-row statement): their function is
-- static SQL, planned once per session, not a query built and planned on every statement.
CREATE OR REPLACE FUNCTION popdesk_report_bookings() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  ids uuid[];
BEGIN
  IF TG_OP = 'INSERT' THEN
    ids := array(SELECT DISTINCT space_id FROM changed_new WHERE start_at < now() - interval '1 day');
  ELSIF TG_OP = 'UPDATE' THEN
    ids := array(SELECT space_id FROM changed_new WHERE start_at < now() - interval '1 day'
                 UNION SELECT space_id FROM changed_old WHERE start_at < now() - interval '1 day');
  ELSE
    ids := array(SELECT DISTINCT space_id FROM changed_old WHERE start_at < now() - interval '1 day');
  END IF;
  IF cardinality(ids) > 0 THEN
    PERFORM popdesk_report_invalidate(ids);
  END IF;
  RETURN NULL;
END $$;
--> statement-breakpoint
CREATE TRIGGER bookings_report_ins AFTER INSERT ON bookings REFERENCING NEW TABLE AS changed_new FOR EACH STATEMENT EXECUTE FUNCTION popdesk_report_bookings();
--> statement-breakpoint
CREATE TRIGGER bookings_report_upd AFTER UPDATE ON bookings REFERENCING OLD TABLE AS changed_old NEW TABLE AS changed_new FOR EACH STATEMENT EXECUTE FUNCTION popdesk_report_bookings();
--> statement-breakpoint
CREATE TRIGGER bookings_report_del AFTER DELETE ON bookings REFERENCING OLD TABLE AS changed_old FOR EACH STATEMENT EXECUTE FUNCTION popdesk_report_bookings();
--> statement-breakpoint
CREATE TRIGGER turned_away_report_ins AFTER INSERT ON turned_away REFERENCING NEW TABLE AS changed_new FOR EACH STATEMENT EXECUTE FUNCTION popdesk_report_changes('SELECT space_id FROM %1$s WHERE requested_start < now() - interval ''1 day''');
--> statement-breakpoint
CREATE TRIGGER turned_away_report_upd AFTER UPDATE ON turned_away REFERENCING OLD TABLE AS changed_old NEW TABLE AS changed_new FOR EACH STATEMENT EXECUTE FUNCTION popdesk_report_changes('SELECT space_id FROM %1$s WHERE requested_start < now() - interval ''1 day''');
--> statement-breakpoint
CREATE TRIGGER turned_away_report_del AFTER DELETE ON turned_away REFERENCING OLD TABLE AS changed_old FOR EACH STATEMENT EXECUTE FUNCTION popdesk_report_changes('SELECT space_id FROM %1$s WHERE requested_start < now() - interval ''1 day''');
--> statement-breakpoint
CREATE TRIGGER events_report_ins AFTER INSERT ON events REFERENCING NEW TABLE AS changed_new FOR EACH STATEMENT EXECUTE FUNCTION popdesk_report_changes('SELECT space_id FROM %1$s WHERE start_at < now() - interval ''1 day''');
--> statement-breakpoint
CREATE TRIGGER events_report_upd AFTER UPDATE ON events REFERENCING OLD TABLE AS changed_old NEW TABLE AS changed_new FOR EACH STATEMENT EXECUTE FUNCTION popdesk_report_changes('SELECT space_id FROM %1$s WHERE start_at < now() - interval ''1 day''');
--> statement-breakpoint
CREATE TRIGGER events_report_del AFTER DELETE ON events REFERENCING OLD TABLE AS changed_old FOR EACH STATEMENT EXECUTE FUNCTION popdesk_report_changes('SELECT space_id FROM %1$s WHERE start_at < now() - interval ''1 day''');
--> statement-breakpoint
CREATE TRIGGER event_places_report_ins AFTER INSERT ON event_places REFERENCING NEW TABLE AS changed_new FOR EACH STATEMENT EXECUTE FUNCTION popdesk_report_changes('SELECT e.space_id FROM %1$s p JOIN events e ON e.id = p.event_id WHERE e.start_at < now() - interval ''1 day''');
--> statement-breakpoint
CREATE TRIGGER event_places_report_upd AFTER UPDATE ON event_places REFERENCING OLD TABLE AS changed_old NEW TABLE AS changed_new FOR EACH STATEMENT EXECUTE FUNCTION popdesk_report_changes('SELECT e.space_id FROM %1$s p JOIN events e ON e.id = p.event_id WHERE e.start_at < now() - interval ''1 day''');
--> statement-breakpoint
CREATE TRIGGER event_places_report_del AFTER DELETE ON event_places REFERENCING OLD TABLE AS changed_old FOR EACH STATEMENT EXECUTE FUNCTION popdesk_report_changes('SELECT e.space_id FROM %1$s p JOIN events e ON e.id = p.event_id WHERE e.start_at < now() - interval ''1 day''');
--> statement-breakpoint
CREATE TRIGGER registrations_report_ins AFTER INSERT ON registrations REFERENCING NEW TABLE AS changed_new FOR EACH STATEMENT EXECUTE FUNCTION popdesk_report_changes('SELECT e.space_id FROM %1$s r JOIN events e ON e.id = r.event_id WHERE e.start_at < now() - interval ''1 day''');
--> statement-breakpoint
CREATE TRIGGER registrations_report_upd AFTER UPDATE ON registrations REFERENCING OLD TABLE AS changed_old NEW TABLE AS changed_new FOR EACH STATEMENT EXECUTE FUNCTION popdesk_report_changes('SELECT e.space_id FROM %1$s r JOIN events e ON e.id = r.event_id WHERE e.start_at < now() - interval ''1 day''');
--> statement-breakpoint
CREATE TRIGGER registrations_report_del AFTER DELETE ON registrations REFERENCING OLD TABLE AS changed_old FOR EACH STATEMENT EXECUTE FUNCTION popdesk_report_changes('SELECT e.space_id FROM %1$s r JOIN events e ON e.id = r.event_id WHERE e.start_at < now() - interval ''1 day''');
--> statement-breakpoint
CREATE TRIGGER closures_report_ins AFTER INSERT ON closures REFERENCING NEW TABLE AS changed_new FOR EACH STATEMENT EXECUTE FUNCTION popdesk_report_changes('SELECT space_id FROM %1$s WHERE date < (now() at time zone ''UTC'')::date');
--> statement-breakpoint
CREATE TRIGGER closures_report_upd AFTER UPDATE ON closures REFERENCING OLD TABLE AS changed_old NEW TABLE AS changed_new FOR EACH STATEMENT EXECUTE FUNCTION popdesk_report_changes('SELECT space_id FROM %1$s WHERE date < (now() at time zone ''UTC'')::date');
--> statement-breakpoint
CREATE TRIGGER closures_report_del AFTER DELETE ON closures REFERENCING OLD TABLE AS changed_old FOR EACH STATEMENT EXECUTE FUNCTION popdesk_report_changes('SELECT space_id FROM %1$s WHERE date < (now() at time zone ''UTC'')::date');
--> statement-breakpoint
CREATE TRIGGER waitlist_entries_report_ins AFTER INSERT ON waitlist_entries REFERENCING NEW TABLE AS changed_new FOR EACH STATEMENT EXECUTE FUNCTION popdesk_report_changes('SELECT space_id FROM %1$s WHERE date < (now() at time zone ''UTC'')::date');
--> statement-breakpoint
CREATE TRIGGER waitlist_entries_report_upd AFTER UPDATE ON waitlist_entries REFERENCING OLD TABLE AS changed_old NEW TABLE AS changed_new FOR EACH STATEMENT EXECUTE FUNCTION popdesk_report_changes('SELECT space_id FROM %1$s WHERE date < (now() at time zone ''UTC'')::date');
--> statement-breakpoint
CREATE TRIGGER waitlist_entries_report_del AFTER DELETE ON waitlist_entries REFERENCING OLD TABLE AS changed_old FOR EACH STATEMENT EXECUTE FUNCTION popdesk_report_changes('SELECT space_id FROM %1$s WHERE date < (now() at time zone ''UTC'')::date');
--> statement-breakpoint
CREATE TRIGGER opening_hours_report_ins AFTER INSERT ON opening_hours REFERENCING NEW TABLE AS changed_new FOR EACH STATEMENT EXECUTE FUNCTION popdesk_report_changes('SELECT space_id FROM %1$s');
--> statement-breakpoint
CREATE TRIGGER opening_hours_report_upd AFTER UPDATE ON opening_hours REFERENCING OLD TABLE AS changed_old NEW TABLE AS changed_new FOR EACH STATEMENT EXECUTE FUNCTION popdesk_report_changes('SELECT space_id FROM %1$s');
--> statement-breakpoint
CREATE TRIGGER opening_hours_report_del AFTER DELETE ON opening_hours REFERENCING OLD TABLE AS changed_old FOR EACH STATEMENT EXECUTE FUNCTION popdesk_report_changes('SELECT space_id FROM %1$s');
--> statement-breakpoint
CREATE TRIGGER desks_report_ins AFTER INSERT ON desks REFERENCING NEW TABLE AS changed_new FOR EACH STATEMENT EXECUTE FUNCTION popdesk_report_changes('SELECT space_id FROM %1$s WHERE active_from IS NULL OR active_from < (now() at time zone ''UTC'')::date');
--> statement-breakpoint
CREATE TRIGGER desks_report_upd AFTER UPDATE ON desks REFERENCING OLD TABLE AS changed_old NEW TABLE AS changed_new FOR EACH STATEMENT EXECUTE FUNCTION popdesk_report_updates('id', 'space_id', 'o.space_id, o.kind, o.active_from, o.active_until');
--> statement-breakpoint
CREATE TRIGGER desks_report_del AFTER DELETE ON desks REFERENCING OLD TABLE AS changed_old FOR EACH STATEMENT EXECUTE FUNCTION popdesk_report_changes('SELECT space_id FROM %1$s WHERE active_from IS NULL OR active_from < (now() at time zone ''UTC'')::date');
--> statement-breakpoint
CREATE TRIGGER spaces_report_upd AFTER UPDATE ON spaces REFERENCING OLD TABLE AS changed_old NEW TABLE AS changed_new FOR EACH STATEMENT EXECUTE FUNCTION popdesk_report_updates('id', 'id', 'o.timezone, o.opens_on, o.closes_on');
