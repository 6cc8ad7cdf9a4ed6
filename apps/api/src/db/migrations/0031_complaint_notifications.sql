ALTER TABLE "notification_deliveries" ALTER COLUMN "application_id" DROP NOT NULL;--> statement-breakpoint
ALTER TABLE "notification_deliveries" ADD COLUMN "complaint_id" uuid;