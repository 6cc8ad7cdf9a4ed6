CREATE TABLE "applicant_consents" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"office_id" uuid NOT NULL,
	"applicant_id" uuid NOT NULL,
	"client_id" uuid NOT NULL,
	"service_codes" text[] NOT NULL,
	"granted_at" timestamp with time zone NOT NULL,
	"expires_at" timestamp with time zone NOT NULL,
	"revoked_at" timestamp with time zone
);
--> statement-breakpoint
ALTER TABLE "applications" ADD COLUMN "intake_client_id" uuid;--> statement-breakpoint
ALTER TABLE "applicant_consents" ADD CONSTRAINT "applicant_consents_office_id_offices_id_fk" FOREIGN KEY ("office_id") REFERENCES "public"."offices"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "applicant_consents" ADD CONSTRAINT "applicant_consents_applicant_id_users_id_fk" FOREIGN KEY ("applicant_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "applicant_consents" ADD CONSTRAINT "applicant_consents_client_id_integration_clients_id_fk" FOREIGN KEY ("client_id") REFERENCES "public"."integration_clients"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "applicant_consents_client_applicant_idx" ON "applicant_consents" USING btree ("client_id","applicant_id");