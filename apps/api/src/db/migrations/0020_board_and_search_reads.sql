CREATE TABLE "office_reassignments" (
	"office_id" uuid PRIMARY KEY NOT NULL,
	"by_supervisor" integer DEFAULT 0 NOT NULL,
	"by_system" integer DEFAULT 0 NOT NULL
);
--> statement-breakpoint
ALTER TABLE "service_versions" ADD COLUMN "sort_name" text GENERATED ALWAYS AS (definition->'name'->>'id') STORED;--> statement-breakpoint
ALTER TABLE "office_reassignments" ADD CONSTRAINT "office_reassignments_office_id_offices_id_fk" FOREIGN KEY ("office_id") REFERENCES "public"."offices"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "applications_held_order_idx" ON "applications" USING btree ("office_id","stage_due_date","stage_started_at","current_stage","assignee_id") WHERE "applications"."status" in ('submitted', 'admin_verification', 'technical_review', 'decision', 'signing');--> statement-breakpoint
CREATE INDEX "applications_held_stage_order_idx" ON "applications" USING btree ("office_id","current_stage","stage_due_date","stage_started_at") WHERE "applications"."status" in ('submitted', 'admin_verification', 'technical_review', 'decision', 'signing');--> statement-breakpoint
-- The kept reassignment counts start from the reassignments already recorded (written by hand: Drizzle generates no data).
INSERT INTO "office_reassignments" ("office_id", "by_supervisor", "by_system")
SELECT a."office_id",
       count(*) FILTER (WHERE sa."requested_by" IS NOT NULL),
       count(*) FILTER (WHERE sa."requested_by" IS NULL)
  FROM "stage_assignments" sa JOIN "applications" a ON a."id" = sa."application_id"
 WHERE sa."requested_by" IS NOT NULL OR sa."reason" IS NOT NULL
 GROUP BY a."office_id";
