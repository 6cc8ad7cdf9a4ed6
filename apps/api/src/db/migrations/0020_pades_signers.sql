CREATE TABLE "signers" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"office_id" uuid NOT NULL,
	"officer_id" uuid NOT NULL,
	"service" text NOT NULL,
	"nik" text NOT NULL,
	"nip" text NOT NULL,
	"title" text NOT NULL,
	"certificate_pem" text,
	"certificate_serial" text,
	"sealed_key" jsonb,
	"valid_until" timestamp with time zone,
	"enrolled_at" timestamp with time zone NOT NULL,
	"enrolled_by" uuid NOT NULL,
	"revoked_at" timestamp with time zone,
	"revoked_by" uuid,
	"revoke_reason" text
);
--> statement-breakpoint
CREATE TABLE "signing_simulator_ca" (
	"office_id" uuid PRIMARY KEY NOT NULL,
	"material" jsonb NOT NULL,
	"created_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
ALTER TABLE "permits" ADD COLUMN "signed_pdf" "bytea";--> statement-breakpoint
ALTER TABLE "permits" ADD COLUMN "pades" jsonb;--> statement-breakpoint
ALTER TABLE "signers" ADD CONSTRAINT "signers_office_id_offices_id_fk" FOREIGN KEY ("office_id") REFERENCES "public"."offices"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "signers" ADD CONSTRAINT "signers_officer_id_users_id_fk" FOREIGN KEY ("officer_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "signing_simulator_ca" ADD CONSTRAINT "signing_simulator_ca_office_id_offices_id_fk" FOREIGN KEY ("office_id") REFERENCES "public"."offices"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "signers_one_in_force" ON "signers" USING btree ("officer_id") WHERE "signers"."revoked_at" is null;