CREATE TABLE "transparency_bundles" (
	"office_id" uuid NOT NULL,
	"index" bigint NOT NULL,
	"width" smallint NOT NULL,
	"data" "bytea" NOT NULL,
	CONSTRAINT "transparency_bundles_office_id_index_width_pk" PRIMARY KEY("office_id","index","width")
);
--> statement-breakpoint
CREATE TABLE "transparency_checkpoints" (
	"office_id" uuid NOT NULL,
	"tree_size" bigint NOT NULL,
	"root_hash" "bytea" NOT NULL,
	"note" text NOT NULL,
	"signed_at" timestamp with time zone NOT NULL,
	CONSTRAINT "transparency_checkpoints_office_id_tree_size_pk" PRIMARY KEY("office_id","tree_size")
);
--> statement-breakpoint
CREATE TABLE "transparency_cosignatures" (
	"office_id" uuid NOT NULL,
	"tree_size" bigint NOT NULL,
	"witness" text NOT NULL,
	"signature_line" text NOT NULL,
	"cosigned_at" timestamp with time zone NOT NULL,
	CONSTRAINT "transparency_cosignatures_office_id_tree_size_witness_pk" PRIMARY KEY("office_id","tree_size","witness")
);
--> statement-breakpoint
CREATE TABLE "transparency_entries" (
	"office_id" uuid NOT NULL,
	"position" bigint NOT NULL,
	"audit_id" bigint NOT NULL,
	"leaf_hash" "bytea" NOT NULL,
	CONSTRAINT "transparency_entries_office_id_position_pk" PRIMARY KEY("office_id","position"),
	CONSTRAINT "transparency_entries_audit_unique" UNIQUE("office_id","audit_id")
);
--> statement-breakpoint
CREATE TABLE "transparency_state" (
	"office_id" uuid PRIMARY KEY NOT NULL,
	"tree_size" bigint NOT NULL,
	"root_hash" "bytea" NOT NULL,
	"last_xid" text NOT NULL,
	"last_outbox_id" bigint NOT NULL,
	"integrated_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "transparency_tiles" (
	"office_id" uuid NOT NULL,
	"level" smallint NOT NULL,
	"index" bigint NOT NULL,
	"width" smallint NOT NULL,
	"hashes" "bytea" NOT NULL,
	CONSTRAINT "transparency_tiles_office_id_level_index_width_pk" PRIMARY KEY("office_id","level","index","width")
);
--> statement-breakpoint
ALTER TABLE "outbox" ADD COLUMN "xid" "xid8" DEFAULT pg_current_xact_id() NOT NULL;--> statement-breakpoint
ALTER TABLE "transparency_bundles" ADD CONSTRAINT "transparency_bundles_office_id_offices_id_fk" FOREIGN KEY ("office_id") REFERENCES "public"."offices"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "transparency_checkpoints" ADD CONSTRAINT "transparency_checkpoints_office_id_offices_id_fk" FOREIGN KEY ("office_id") REFERENCES "public"."offices"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "transparency_cosignatures" ADD CONSTRAINT "transparency_cosignatures_office_id_offices_id_fk" FOREIGN KEY ("office_id") REFERENCES "public"."offices"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "transparency_entries" ADD CONSTRAINT "transparency_entries_office_id_offices_id_fk" FOREIGN KEY ("office_id") REFERENCES "public"."offices"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "transparency_state" ADD CONSTRAINT "transparency_state_office_id_offices_id_fk" FOREIGN KEY ("office_id") REFERENCES "public"."offices"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "transparency_tiles" ADD CONSTRAINT "transparency_tiles_office_id_offices_id_fk" FOREIGN KEY ("office_id") REFERENCES "public"."offices"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "outbox_consumer_order_idx" ON "outbox" USING btree ("office_id","xid","id");