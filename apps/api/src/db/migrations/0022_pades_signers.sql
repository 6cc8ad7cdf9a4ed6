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
CREATE UNIQUE INDEX "signers_one_in_force" ON "signers" USING btree ("officer_id") WHERE "signers"."revoked_at" is null;--> statement-breakpoint
-- Written by hand: the permit guard (0006, 0011) also keeps the certified PDF and its signature
-- report as issued; only a revocation may still be recorded, once.
CREATE OR REPLACE FUNCTION pintu_guard_permit() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'DELETE' THEN
    RAISE EXCEPTION 'permits cannot be deleted' USING ERRCODE = 'P0001', HINT = 'pintu.permit_immutable';
  END IF;
  IF NEW.id IS DISTINCT FROM OLD.id OR NEW.number IS DISTINCT FROM OLD.number OR NEW.printed IS DISTINCT FROM OLD.printed
    OR NEW.signature IS DISTINCT FROM OLD.signature OR NEW.key_id IS DISTINCT FROM OLD.key_id OR NEW.application_id IS DISTINCT FROM OLD.application_id
    OR NEW.issued_at IS DISTINCT FROM OLD.issued_at OR NEW.signer_id IS DISTINCT FROM OLD.signer_id
    OR NEW.verification_code IS DISTINCT FROM OLD.verification_code
    OR NEW.signed_pdf IS DISTINCT FROM OLD.signed_pdf OR NEW.pades IS DISTINCT FROM OLD.pades
    OR (OLD.revoked_at IS NOT NULL AND (NEW.revoked_at IS DISTINCT FROM OLD.revoked_at OR NEW.revoke_reason IS DISTINCT FROM OLD.revoke_reason)) THEN
    RAISE EXCEPTION 'issued permits are immutable; only a revocation may be recorded, once' USING ERRCODE = 'P0001', HINT = 'pintu.permit_immutable';
  END IF;
  RETURN NEW;
END
$$;
