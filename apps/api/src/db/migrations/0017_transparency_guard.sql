-- Hand-written: what the log published stays as published. Entries, tiles, entry bundles and
-- checkpoints are append-only (a tampering superuser can still disable this; the Merkle tree,
-- the signed checkpoints and the witnesses are what catch that). Only the sequencer's own state
-- row moves.
CREATE TRIGGER transparency_entries_refuse_change BEFORE UPDATE OR DELETE ON transparency_entries
  FOR EACH ROW EXECUTE FUNCTION pintu_refuse_change();
--> statement-breakpoint
CREATE TRIGGER transparency_tiles_refuse_change BEFORE UPDATE OR DELETE ON transparency_tiles
  FOR EACH ROW EXECUTE FUNCTION pintu_refuse_change();
--> statement-breakpoint
CREATE TRIGGER transparency_bundles_refuse_change BEFORE UPDATE OR DELETE ON transparency_bundles
  FOR EACH ROW EXECUTE FUNCTION pintu_refuse_change();
--> statement-breakpoint
CREATE TRIGGER transparency_checkpoints_refuse_change BEFORE UPDATE OR DELETE ON transparency_checkpoints
  FOR EACH ROW EXECUTE FUNCTION pintu_refuse_change();
--> statement-breakpoint
-- Hand-written: a cosignature is what a witness said; it is kept as it was answered.
CREATE TRIGGER transparency_cosignatures_refuse_change BEFORE UPDATE OR DELETE ON transparency_cosignatures
  FOR EACH ROW EXECUTE FUNCTION pintu_refuse_change();
