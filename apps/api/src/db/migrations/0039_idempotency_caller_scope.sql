-- Idempotency keys are scoped to the caller (the applicant, or the agent filing for them) and the applicant.
-- Kept rows were each sent by the applicant themself or by an agent whose id is only in the request hash:
-- they become the applicant's own (hand-written), so an applicant's retry still finds its result and an
-- agent's stored result is never answered to a different caller.
ALTER TABLE "idempotency_keys" ADD COLUMN "caller_id" uuid;--> statement-breakpoint
UPDATE "idempotency_keys" SET "caller_id" = "owner_id";--> statement-breakpoint
ALTER TABLE "idempotency_keys" ALTER COLUMN "caller_id" SET NOT NULL;--> statement-breakpoint
ALTER TABLE "idempotency_keys" DROP CONSTRAINT "idempotency_keys_owner_id_key_pk";--> statement-breakpoint
ALTER TABLE "idempotency_keys" ADD CONSTRAINT "idempotency_keys_caller_id_owner_id_key_pk" PRIMARY KEY("caller_id","owner_id","key");--> statement-breakpoint
-- Whether each notification channel keeps failing (the admins' alert).
CREATE TABLE "notification_channel_alerts" (
	"office_id" uuid NOT NULL,
	"channel" text NOT NULL,
	"failing_since" timestamp with time zone,
	"alerted_at" timestamp with time zone,
	"last_error" text,
	"recovered_at" timestamp with time zone,
	CONSTRAINT "notification_channel_alerts_office_id_channel_pk" PRIMARY KEY("office_id","channel")
);
--> statement-breakpoint
ALTER TABLE "notification_channel_alerts" ADD CONSTRAINT "notification_channel_alerts_office_id_offices_id_fk" FOREIGN KEY ("office_id") REFERENCES "public"."offices"("id") ON DELETE no action ON UPDATE no action;