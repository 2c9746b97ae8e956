CREATE TABLE "event_places" (
	"event_id" uuid NOT NULL,
	"desk_id" uuid NOT NULL,
	"space_id" uuid NOT NULL,
	"start_at" timestamp with time zone NOT NULL,
	"end_at" timestamp with time zone NOT NULL,
	"active" boolean DEFAULT true NOT NULL,
	CONSTRAINT "event_places_event_id_desk_id_pk" PRIMARY KEY("event_id","desk_id"),
	CONSTRAINT "event_places_start_before_end" CHECK ("event_places"."start_at" < "event_places"."end_at")
);
--> statement-breakpoint
CREATE TABLE "events" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"space_id" uuid NOT NULL,
	"title" text NOT NULL,
	"description" text,
	"kind" text NOT NULL,
	"start_at" timestamp with time zone NOT NULL,
	"end_at" timestamp with time zone NOT NULL,
	"capacity" integer NOT NULL,
	"public" boolean DEFAULT true NOT NULL,
	"status" text DEFAULT 'scheduled' NOT NULL,
	"copied_from" uuid,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"cancelled_at" timestamp with time zone,
	CONSTRAINT "events_start_before_end" CHECK ("events"."start_at" < "events"."end_at"),
	CONSTRAINT "events_capacity" CHECK ("events"."capacity" between 1 and 10000),
	CONSTRAINT "events_kind" CHECK ("events"."kind" in ('workshop', 'trial_day', 'meeting', 'other')),
	CONSTRAINT "events_status" CHECK ("events"."status" in ('scheduled', 'cancelled'))
);
--> statement-breakpoint
CREATE TABLE "registrations" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"event_id" uuid NOT NULL,
	"user_id" uuid,
	"guest_name" text,
	"status" text NOT NULL,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"promoted_at" timestamp with time zone,
	"checked_in_at" timestamp with time zone,
	"cancelled_at" timestamp with time zone,
	CONSTRAINT "registrations_status" CHECK ("registrations"."status" in ('registered', 'waitlisted', 'cancelled', 'attended')),
	CONSTRAINT "registrations_who" CHECK ("registrations"."user_id" is not null or "registrations"."guest_name" is not null)
);
--> statement-breakpoint
ALTER TABLE "desks" ADD COLUMN "kind" text DEFAULT 'desk' NOT NULL;--> statement-breakpoint
ALTER TABLE "desks" ADD COLUMN "seats" integer;--> statement-breakpoint
ALTER TABLE "spaces" ADD COLUMN "coworkers_may_book_rooms" boolean DEFAULT false NOT NULL;--> statement-breakpoint
ALTER TABLE "event_places" ADD CONSTRAINT "event_places_event_id_events_id_fk" FOREIGN KEY ("event_id") REFERENCES "public"."events"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "event_places" ADD CONSTRAINT "event_places_desk_id_desks_id_fk" FOREIGN KEY ("desk_id") REFERENCES "public"."desks"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "event_places" ADD CONSTRAINT "event_places_space_id_spaces_id_fk" FOREIGN KEY ("space_id") REFERENCES "public"."spaces"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "events" ADD CONSTRAINT "events_space_id_spaces_id_fk" FOREIGN KEY ("space_id") REFERENCES "public"."spaces"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "events" ADD CONSTRAINT "events_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "registrations" ADD CONSTRAINT "registrations_event_id_events_id_fk" FOREIGN KEY ("event_id") REFERENCES "public"."events"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "registrations" ADD CONSTRAINT "registrations_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "registrations" ADD CONSTRAINT "registrations_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "event_places_space_start_idx" ON "event_places" USING btree ("space_id","start_at");--> statement-breakpoint
CREATE INDEX "events_space_start_idx" ON "events" USING btree ("space_id","start_at");--> statement-breakpoint
CREATE INDEX "events_start_idx" ON "events" USING btree ("start_at");--> statement-breakpoint
CREATE INDEX "registrations_event_status_idx" ON "registrations" USING btree ("event_id","status","created_at");--> statement-breakpoint
CREATE INDEX "registrations_user_idx" ON "registrations" USING btree ("user_id","created_at");--> statement-breakpoint
CREATE UNIQUE INDEX "registrations_one_per_person_key" ON "registrations" USING btree ("event_id","user_id") WHERE "registrations"."status" <> 'cancelled' and "registrations"."user_id" is not null;--> statement-breakpoint
ALTER TABLE "desks" ADD CONSTRAINT "desks_kind" CHECK ("desks"."kind" in ('desk', 'room'));--> statement-breakpoint
ALTER TABLE "desks" ADD CONSTRAINT "desks_seats" CHECK ("desks"."seats" is null or "desks"."seats" between 1 and 1000);--> statement-breakpoint
-- Hand-written (drizzle cannot declare these): an event's places and the desk bookings never overlap,
-- under any concurrency. Within each table an exclusion constraint keeps its rows apart; across the two,
-- every write of event places first takes SHARE on bookings (so it waits for booking writers in flight
-- and holds new ones back until it commits), then both sides look at the other table after the write
-- (statement triggers over the written rows, so a bulk import pays one query, not one per row). Their
-- queries run with a fresh snapshot (READ COMMITTED), so each sees what the other committed.
ALTER TABLE "event_places" ADD CONSTRAINT "event_places_no_overlap"
  EXCLUDE USING gist ("desk_id" WITH =, tstzrange("start_at", "end_at", '[)') WITH &&)
  WHERE ("active");
--> statement-breakpoint
CREATE FUNCTION "popdesk_bookings_clear_of_events"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF EXISTS (
    SELECT 1 FROM "popdesk_written_bookings" b
    JOIN "event_places" p ON p."desk_id" = b."desk_id" AND p."active"
      AND tstzrange(p."start_at", p."end_at", '[)') && tstzrange(b."start_at", b."end_at", '[)')
    WHERE b."status" IN ('confirmed', 'checked_in')
  ) THEN
    RAISE EXCEPTION 'the place is taken by an event at that time'
      USING ERRCODE = 'exclusion_violation', CONSTRAINT = 'bookings_event_place', TABLE = 'bookings';
  END IF;
  RETURN NULL;
END $$;
--> statement-breakpoint
CREATE TRIGGER "bookings_event_place_insert" AFTER INSERT ON "bookings"
  REFERENCING NEW TABLE AS "popdesk_written_bookings"
  FOR EACH STATEMENT EXECUTE FUNCTION "popdesk_bookings_clear_of_events"();
--> statement-breakpoint
CREATE TRIGGER "bookings_event_place_update" AFTER UPDATE ON "bookings"
  REFERENCING NEW TABLE AS "popdesk_written_bookings"
  FOR EACH STATEMENT EXECUTE FUNCTION "popdesk_bookings_clear_of_events"();
--> statement-breakpoint
CREATE FUNCTION "popdesk_event_places_lock_bookings"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  LOCK TABLE "bookings" IN SHARE MODE;
  RETURN NULL;
END $$;
--> statement-breakpoint
CREATE TRIGGER "event_places_lock_bookings" BEFORE INSERT OR UPDATE ON "event_places"
  FOR EACH STATEMENT EXECUTE FUNCTION "popdesk_event_places_lock_bookings"();
--> statement-breakpoint
CREATE FUNCTION "popdesk_event_places_clear_of_bookings"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF EXISTS (
    SELECT 1 FROM "popdesk_written_places" p
    JOIN "bookings" b ON b."desk_id" = p."desk_id" AND b."status" IN ('confirmed', 'checked_in')
      AND tstzrange(b."start_at", b."end_at", '[)') && tstzrange(p."start_at", p."end_at", '[)')
    WHERE p."active"
  ) THEN
    RAISE EXCEPTION 'a place is booked at that time'
      USING ERRCODE = 'exclusion_violation', CONSTRAINT = 'event_places_booking_overlap', TABLE = 'event_places';
  END IF;
  RETURN NULL;
END $$;
--> statement-breakpoint
CREATE TRIGGER "event_places_clear_insert" AFTER INSERT ON "event_places"
  REFERENCING NEW TABLE AS "popdesk_written_places"
  FOR EACH STATEMENT EXECUTE FUNCTION "popdesk_event_places_clear_of_bookings"();
--> statement-breakpoint
CREATE TRIGGER "event_places_clear_update" AFTER UPDATE ON "event_places"
  REFERENCING NEW TABLE AS "popdesk_written_places"
  FOR EACH STATEMENT EXECUTE FUNCTION "popdesk_event_places_clear_of_bookings"();
