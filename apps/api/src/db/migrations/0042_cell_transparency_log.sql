-- Hand-written (before drizzle's statements, which it must precede): one transparency log per
-- cell. A deployment that kept one log per office cannot have its trees merged (each is already
-- published and witnessed), so the upgrade stops here rather than lose or fork one; a database
-- with one office's log (every deployment before several offices were served) keeps it unchanged
-- as the cell's: same positions, tiles, bundles, checkpoints and cosignatures.
DO $$
BEGIN
  IF (SELECT count(DISTINCT office_id) FROM (
        SELECT office_id FROM transparency_state
        UNION SELECT office_id FROM transparency_checkpoints
        UNION SELECT office_id FROM transparency_entries) AS logs) > 1 THEN
    RAISE EXCEPTION 'this database holds one transparency log per office; migration 0042 keeps one log per cell and cannot merge published logs (see docs/operations.md "One transparency log per cell")';
  END IF;
END $$;--> statement-breakpoint
ALTER TABLE "transparency_entries" DROP CONSTRAINT "transparency_entries_audit_unique";--> statement-breakpoint
ALTER TABLE "transparency_bundles" DROP CONSTRAINT "transparency_bundles_office_id_offices_id_fk";
--> statement-breakpoint
ALTER TABLE "transparency_checkpoints" DROP CONSTRAINT "transparency_checkpoints_office_id_offices_id_fk";
--> statement-breakpoint
ALTER TABLE "transparency_cosignatures" DROP CONSTRAINT "transparency_cosignatures_office_id_offices_id_fk";
--> statement-breakpoint
ALTER TABLE "transparency_entries" DROP CONSTRAINT "transparency_entries_office_id_offices_id_fk";
--> statement-breakpoint
ALTER TABLE "transparency_state" DROP CONSTRAINT "transparency_state_office_id_offices_id_fk";
--> statement-breakpoint
ALTER TABLE "transparency_tiles" DROP CONSTRAINT "transparency_tiles_office_id_offices_id_fk";
--> statement-breakpoint
ALTER TABLE "transparency_bundles" DROP CONSTRAINT "transparency_bundles_office_id_index_width_pk";--> statement-breakpoint
ALTER TABLE "transparency_checkpoints" DROP CONSTRAINT "transparency_checkpoints_office_id_tree_size_pk";--> statement-breakpoint
ALTER TABLE "transparency_cosignatures" DROP CONSTRAINT "transparency_cosignatures_office_id_tree_size_witness_cosigned_at_pk";--> statement-breakpoint
ALTER TABLE "transparency_entries" DROP CONSTRAINT "transparency_entries_office_id_position_pk";--> statement-breakpoint
ALTER TABLE "transparency_tiles" DROP CONSTRAINT "transparency_tiles_office_id_level_index_width_pk";--> statement-breakpoint
ALTER TABLE "transparency_bundles" ADD CONSTRAINT "transparency_bundles_index_width_pk" PRIMARY KEY("index","width");--> statement-breakpoint
ALTER TABLE "transparency_checkpoints" ADD CONSTRAINT "transparency_checkpoints_tree_size_pk" PRIMARY KEY("tree_size");--> statement-breakpoint
ALTER TABLE "transparency_cosignatures" ADD CONSTRAINT "transparency_cosignatures_tree_size_witness_cosigned_at_pk" PRIMARY KEY("tree_size","witness","cosigned_at");--> statement-breakpoint
ALTER TABLE "transparency_entries" ADD CONSTRAINT "transparency_entries_position_pk" PRIMARY KEY("position");--> statement-breakpoint
ALTER TABLE "transparency_tiles" ADD CONSTRAINT "transparency_tiles_level_index_width_pk" PRIMARY KEY("level","index","width");--> statement-breakpoint
-- Hand-moved: the old key column goes before the new one, a table has one primary key.
ALTER TABLE "transparency_state" DROP COLUMN "office_id";--> statement-breakpoint
ALTER TABLE "transparency_state" ADD COLUMN "id" smallint PRIMARY KEY DEFAULT 1 NOT NULL;--> statement-breakpoint
CREATE INDEX "outbox_cell_order_idx" ON "outbox" USING btree ("xid","id");--> statement-breakpoint
ALTER TABLE "transparency_bundles" DROP COLUMN "office_id";--> statement-breakpoint
ALTER TABLE "transparency_checkpoints" DROP COLUMN "office_id";--> statement-breakpoint
ALTER TABLE "transparency_cosignatures" DROP COLUMN "office_id";--> statement-breakpoint
ALTER TABLE "transparency_entries" DROP COLUMN "office_id";--> statement-breakpoint
ALTER TABLE "transparency_tiles" DROP COLUMN "office_id";--> statement-breakpoint
ALTER TABLE "transparency_entries" ADD CONSTRAINT "transparency_entries_audit_unique" UNIQUE("audit_id");--> statement-breakpoint
ALTER TABLE "transparency_state" ADD CONSTRAINT "transparency_state_one_log" CHECK ("transparency_state"."id" = 1);