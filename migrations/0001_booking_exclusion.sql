-- Double bookings are made impossible by the database, under any concurrency.
-- drizzle cannot declare exclusion constraints, so they are written here by hand.
-- Only counting bookings (confirmed, checked_in) hold a desk; intervals are half-open [start, end)
-- so that back-to-back bookings (09:00-12:00, 12:00-15:00) are allowed.
CREATE EXTENSION IF NOT EXISTS btree_gist;
--> statement-breakpoint
ALTER TABLE "bookings" ADD CONSTRAINT "bookings_desk_no_overlap"
  EXCLUDE USING gist ("desk_id" WITH =, tstzrange("start_at", "end_at", '[)') WITH &&)
  WHERE ("status" IN ('confirmed', 'checked_in'));
--> statement-breakpoint
ALTER TABLE "bookings" ADD CONSTRAINT "bookings_user_no_overlap"
  EXCLUDE USING gist ("user_id" WITH =, tstzrange("start_at", "end_at", '[)') WITH &&)
  WHERE ("status" IN ('confirmed', 'checked_in') AND "user_id" IS NOT NULL);
