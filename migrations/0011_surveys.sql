CREATE TABLE "survey_responses" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"survey_id" uuid NOT NULL,
	"answers" jsonb NOT NULL,
	"submitted_on" date NOT NULL
);
--> statement-breakpoint
CREATE TABLE "surveys" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"title" text NOT NULL,
	"town" text NOT NULL,
	"space_id" uuid,
	"intro" text,
	"language" text DEFAULT 'de' NOT NULL,
	"template" text,
	"questions" jsonb NOT NULL,
	"closes_on" date,
	"status" text DEFAULT 'open' NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "surveys_status" CHECK ("surveys"."status" in ('open', 'closed')),
	CONSTRAINT "surveys_language" CHECK ("surveys"."language" in ('de', 'en')),
	CONSTRAINT "surveys_template" CHECK ("surveys"."template" in ('commuter', 'post-visit', 'interest'))
);
--> statement-breakpoint
ALTER TABLE "survey_responses" ADD CONSTRAINT "survey_responses_survey_id_surveys_id_fk" FOREIGN KEY ("survey_id") REFERENCES "public"."surveys"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "surveys" ADD CONSTRAINT "surveys_space_id_spaces_id_fk" FOREIGN KEY ("space_id") REFERENCES "public"."spaces"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "survey_responses_survey_idx" ON "survey_responses" USING btree ("survey_id","submitted_on");--> statement-breakpoint
CREATE INDEX "surveys_space_idx" ON "surveys" USING btree ("space_id");--> statement-breakpoint
CREATE INDEX "surveys_town_idx" ON "surveys" USING btree ("town");