CREATE TABLE "provisional_ranges" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"office_id" uuid NOT NULL,
	"officer_id" uuid NOT NULL,
	"device_id" uuid NOT NULL,
	"device_short" text NOT NULL,
	"year" integer NOT NULL,
	"first" integer NOT NULL,
	"last" integer NOT NULL,
	"signature" text NOT NULL,
	"allocated_at" timestamp with time zone NOT NULL,
	CONSTRAINT "provisional_ranges_serials" UNIQUE("office_id","device_short","year","first")
);
--> statement-breakpoint
CREATE TABLE "provisional_receipts" (
	"number" text PRIMARY KEY NOT NULL,
	"office_id" uuid NOT NULL,
	"range_id" uuid NOT NULL,
	"application_id" uuid NOT NULL,
	"code_hash" text NOT NULL,
	"linked_at" timestamp with time zone NOT NULL,
	CONSTRAINT "provisional_receipts_application" UNIQUE("application_id")
);
--> statement-breakpoint
CREATE TABLE "provisional_signing_keys" (
	"office_id" uuid PRIMARY KEY NOT NULL,
	"secret_key" text NOT NULL,
	"created_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
ALTER TABLE "provisional_ranges" ADD CONSTRAINT "provisional_ranges_office_id_offices_id_fk" FOREIGN KEY ("office_id") REFERENCES "public"."offices"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "provisional_ranges" ADD CONSTRAINT "provisional_ranges_officer_id_users_id_fk" FOREIGN KEY ("officer_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "provisional_receipts" ADD CONSTRAINT "provisional_receipts_office_id_offices_id_fk" FOREIGN KEY ("office_id") REFERENCES "public"."offices"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "provisional_receipts" ADD CONSTRAINT "provisional_receipts_range_id_provisional_ranges_id_fk" FOREIGN KEY ("range_id") REFERENCES "public"."provisional_ranges"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "provisional_receipts" ADD CONSTRAINT "provisional_receipts_application_id_applications_id_fk" FOREIGN KEY ("application_id") REFERENCES "public"."applications"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "provisional_signing_keys" ADD CONSTRAINT "provisional_signing_keys_office_id_offices_id_fk" FOREIGN KEY ("office_id") REFERENCES "public"."offices"("id") ON DELETE no action ON UPDATE no action;