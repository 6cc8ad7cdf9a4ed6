-- Idempotency keys are scoped to the caller (the applicant, or the agent filing for them) and the applicant.
-- Kept rows were each sent by the applicant themself or by an agent whose id is only in the request hash:
-- they become the applicant's own (hand-written), so an applicant's retry still finds its result and an
-- agent's stored result is never answered to a different caller.
ALTER TABLE "idempotency_keys" ADD COLUMN "caller_id" uuid;--> statement-breakpoint
UPDATE "idempotency_keys" SET "caller_id" = "owner_id";--> statement-breakpoint
ALTER TABLE "idempotency_keys" ALTER COLUMN "caller_id" SET NOT NULL;--> statement-breakpoint
ALTER TABLE "idempotency_keys" DROP CONSTRAINT "idempotency_keys_owner_id_key_pk";--> statement-breakpoint
ALTER TABLE "idempotency_keys" ADD CONSTRAINT "idempotency_keys_caller_id_owner_id_key_pk" PRIMARY KEY("caller_id","owner_id","key");
