CREATE TABLE "back_entries" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"office_id" uuid NOT NULL,
	"application_id" uuid NOT NULL,
	"application_version" integer NOT NULL,
	"paper_receipt_no" text NOT NULL,
	"received_on" text NOT NULL,
	"status" text NOT NULL,
	"entered_by" uuid NOT NULL,
	"entered_at" timestamp with time zone NOT NULL,
	"decided_by" uuid,
	"decided_at" timestamp with time zone,
	"rejection_reason" text
);
--> statement-breakpoint
ALTER TABLE "back_entries" ADD CONSTRAINT "back_entries_office_id_offices_id_fk" FOREIGN KEY ("office_id") REFERENCES "public"."offices"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "back_entries" ADD CONSTRAINT "back_entries_application_id_applications_id_fk" FOREIGN KEY ("application_id") REFERENCES "public"."applications"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "back_entries" ADD CONSTRAINT "back_entries_entered_by_users_id_fk" FOREIGN KEY ("entered_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "back_entries" ADD CONSTRAINT "back_entries_decided_by_users_id_fk" FOREIGN KEY ("decided_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "back_entries_receipt_once" ON "back_entries" USING btree ("office_id","paper_receipt_no") WHERE "back_entries"."status" <> 'rejected';--> statement-breakpoint
CREATE UNIQUE INDEX "back_entries_one_pending" ON "back_entries" USING btree ("application_id") WHERE "back_entries"."status" = 'pending';--> statement-breakpoint
CREATE INDEX "back_entries_by_status" ON "back_entries" USING btree ("office_id","status","entered_at");