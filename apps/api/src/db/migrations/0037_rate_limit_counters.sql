CREATE TABLE "rate_limit_counters" (
	"office_id" uuid NOT NULL,
	"policy" text NOT NULL,
	"key" text NOT NULL,
	"window_started_at" timestamp with time zone NOT NULL,
	"expires_at" timestamp with time zone NOT NULL,
	"count" integer NOT NULL,
	CONSTRAINT "rate_limit_counters_office_id_policy_key_pk" PRIMARY KEY("office_id","policy","key")
);
