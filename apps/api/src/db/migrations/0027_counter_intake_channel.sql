ALTER TABLE "applications" ADD COLUMN "channel" text DEFAULT 'online' NOT NULL;--> statement-breakpoint
ALTER TABLE "applications" ADD COLUMN "intake_officer_id" uuid;--> statement-breakpoint
ALTER TABLE "applications" ADD CONSTRAINT "applications_intake_officer_id_users_id_fk" FOREIGN KEY ("intake_officer_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;