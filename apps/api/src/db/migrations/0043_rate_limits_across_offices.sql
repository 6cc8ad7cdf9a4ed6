-- One quota per caller across the offices of a deployment (no office_id). The counters hold windows
-- of a minute or so: forgetting them lets no caller far past a quota, and the rows of two offices
-- with the same policy and key could not share the new key.
DELETE FROM "rate_limit_counters";--> statement-breakpoint
ALTER TABLE "rate_limit_counters" DROP CONSTRAINT "rate_limit_counters_office_id_policy_key_pk";--> statement-breakpoint
ALTER TABLE "rate_limit_counters" ADD CONSTRAINT "rate_limit_counters_policy_key_pk" PRIMARY KEY("policy","key");--> statement-breakpoint
ALTER TABLE "rate_limit_counters" DROP COLUMN "office_id";
