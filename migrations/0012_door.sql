CREATE TABLE "favourite_desks" (
	"user_id" uuid NOT NULL,
	"desk_id" uuid NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "favourite_desks_user_id_desk_id_pk" PRIMARY KEY("user_id","desk_id")
);
--> statement-breakpoint
CREATE TABLE "floor_plans" (
	"space_id" uuid PRIMARY KEY NOT NULL,
	"media_type" text NOT NULL,
	"data" text NOT NULL,
	"width" integer NOT NULL,
	"height" integer NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "floor_plans_media_type" CHECK ("floor_plans"."media_type" in ('image/svg+xml', 'image/png'))
);
--> statement-breakpoint
ALTER TABLE "desks" ADD COLUMN "features" text[] DEFAULT '{}'::text[] NOT NULL;--> statement-breakpoint
ALTER TABLE "desks" ADD COLUMN "plan_x" real;--> statement-breakpoint
ALTER TABLE "desks" ADD COLUMN "plan_y" real;--> statement-breakpoint
ALTER TABLE "favourite_desks" ADD CONSTRAINT "favourite_desks_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "favourite_desks" ADD CONSTRAINT "favourite_desks_desk_id_desks_id_fk" FOREIGN KEY ("desk_id") REFERENCES "public"."desks"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "floor_plans" ADD CONSTRAINT "floor_plans_space_id_spaces_id_fk" FOREIGN KEY ("space_id") REFERENCES "public"."spaces"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "desks" ADD CONSTRAINT "desks_features" CHECK ("desks"."features" <@ array['monitor', 'standing', 'quiet', 'window', 'power', 'accessible', 'docking']::text[]);--> statement-breakpoint
ALTER TABLE "desks" ADD CONSTRAINT "desks_plan_position" CHECK (("desks"."plan_x" is null) = ("desks"."plan_y" is null) and coalesce("desks"."plan_x" between 0 and 1 and "desks"."plan_y" between 0 and 1, true));