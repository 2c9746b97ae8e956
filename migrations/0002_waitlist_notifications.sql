CREATE TABLE "notifications" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"user_id" uuid NOT NULL,
	"kind" text NOT NULL,
	"space_id" uuid,
	"data" jsonb NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"read_at" timestamp with time zone
);
--> statement-breakpoint
CREATE TABLE "waitlist_entries" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"space_id" uuid NOT NULL,
	"user_id" uuid NOT NULL,
	"date" date NOT NULL,
	"start_minute" smallint,
	"end_minute" smallint,
	"status" text DEFAULT 'waiting' NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"notified_at" timestamp with time zone,
	"withdrawn_at" timestamp with time zone,
	CONSTRAINT "waitlist_entries_range" CHECK ("waitlist_entries"."start_minute" is null or "waitlist_entries"."end_minute" is null or "waitlist_entries"."start_minute" < "waitlist_entries"."end_minute")
);
--> statement-breakpoint
DROP INDEX "bookings_space_start_idx";--> statement-breakpoint
ALTER TABLE "notifications" ADD CONSTRAINT "notifications_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "notifications" ADD CONSTRAINT "notifications_space_id_spaces_id_fk" FOREIGN KEY ("space_id") REFERENCES "public"."spaces"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "waitlist_entries" ADD CONSTRAINT "waitlist_entries_space_id_spaces_id_fk" FOREIGN KEY ("space_id") REFERENCES "public"."spaces"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "waitlist_entries" ADD CONSTRAINT "waitlist_entries_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "notifications_user_created_idx" ON "notifications" USING btree ("user_id","created_at");--> statement-breakpoint
CREATE INDEX "waitlist_entries_space_date_idx" ON "waitlist_entries" USING btree ("space_id","date","created_at");--> statement-breakpoint
CREATE INDEX "waitlist_entries_user_idx" ON "waitlist_entries" USING btree ("user_id","date");--> statement-breakpoint
CREATE UNIQUE INDEX "waitlist_entries_one_waiting_key" ON "waitlist_entries" USING btree ("user_id","space_id","date") WHERE "waitlist_entries"."status" = 'waiting';--> statement-breakpoint
CREATE INDEX "bookings_space_long_idx" ON "bookings" USING btree ("space_id","end_at") WHERE "bookings"."end_at" - "bookings"."start_at" > interval '2 days';--> statement-breakpoint
CREATE INDEX "bookings_space_user_start_idx" ON "bookings" USING btree ("space_id","user_id","start_at") WHERE "bookings"."status" in ('confirmed', 'checked_in') and "bookings"."user_id" is not null;--> statement-breakpoint
CREATE INDEX "bookings_space_start_idx" ON "bookings" USING btree ("space_id","start_at","end_at","status","user_id");