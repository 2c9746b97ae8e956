CREATE TABLE "password_reset_tokens" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"user_id" uuid NOT NULL,
	"token_hash" text NOT NULL,
	"expires_at" timestamp with time zone NOT NULL,
	"used_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "closures" ADD COLUMN "starts_minute" smallint;--> statement-breakpoint
ALTER TABLE "closures" ADD COLUMN "ends_minute" smallint;--> statement-breakpoint
ALTER TABLE "closures" ADD COLUMN "batch_id" uuid;--> statement-breakpoint
ALTER TABLE "closures" ADD COLUMN "created_at" timestamp with time zone DEFAULT now() NOT NULL;--> statement-breakpoint
ALTER TABLE "spaces" ADD COLUMN "min_booking_minutes" integer DEFAULT 30 NOT NULL;--> statement-breakpoint
ALTER TABLE "spaces" ADD COLUMN "max_future_bookings_per_person" integer;--> statement-breakpoint
ALTER TABLE "password_reset_tokens" ADD CONSTRAINT "password_reset_tokens_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "password_reset_tokens_hash_key" ON "password_reset_tokens" USING btree ("token_hash");--> statement-breakpoint
CREATE INDEX "password_reset_tokens_user_idx" ON "password_reset_tokens" USING btree ("user_id");--> statement-breakpoint
CREATE INDEX "closures_batch_idx" ON "closures" USING btree ("batch_id");--> statement-breakpoint
ALTER TABLE "closures" ADD CONSTRAINT "closures_window" CHECK (("closures"."starts_minute" is null and "closures"."ends_minute" is null) or (0 <= "closures"."starts_minute" and "closures"."starts_minute" < "closures"."ends_minute" and "closures"."ends_minute" <= 1440));