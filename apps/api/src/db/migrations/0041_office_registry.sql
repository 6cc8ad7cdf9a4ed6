ALTER TABLE "offices" ADD COLUMN "bps_code" text;--> statement-breakpoint
ALTER TABLE "offices" ADD COLUMN "province_code" text;--> statement-breakpoint
ALTER TABLE "offices" ADD COLUMN "address" text;--> statement-breakpoint
ALTER TABLE "offices" ADD COLUMN "head_title" text;