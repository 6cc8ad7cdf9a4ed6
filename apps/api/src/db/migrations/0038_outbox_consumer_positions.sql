CREATE TABLE "outbox_consumer_positions" (
	"office_id" uuid NOT NULL,
	"consumer" text NOT NULL,
	"last_xid" text NOT NULL,
	"last_outbox_id" bigint NOT NULL,
	CONSTRAINT "outbox_consumer_positions_office_id_consumer_pk" PRIMARY KEY("office_id","consumer")
);
--> statement-breakpoint
-- Each consumer keeps reading where it stopped: its old position row moves here (hand-written).
INSERT INTO "outbox_consumer_positions" ("office_id", "consumer", "last_xid", "last_outbox_id")
  SELECT "office_id", 'notifier', "last_xid", "last_outbox_id" FROM "notifier_position";--> statement-breakpoint
INSERT INTO "outbox_consumer_positions" ("office_id", "consumer", "last_xid", "last_outbox_id")
  SELECT "office_id", 'webhook_relay', "last_xid", "last_outbox_id" FROM "webhook_relay_position";--> statement-breakpoint
DROP TABLE "notifier_position" CASCADE;--> statement-breakpoint
DROP TABLE "webhook_relay_position" CASCADE;--> statement-breakpoint
DROP INDEX "webhook_deliveries_stream_idx";--> statement-breakpoint
ALTER TABLE "outbox_consumer_positions" ADD CONSTRAINT "outbox_consumer_positions_office_id_offices_id_fk" FOREIGN KEY ("office_id") REFERENCES "public"."offices"("id") ON DELETE no action ON UPDATE no action;