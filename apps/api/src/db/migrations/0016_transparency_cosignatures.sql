CREATE TABLE "transparency_cosignatures" (
	"office_id" uuid NOT NULL,
	"tree_size" bigint NOT NULL,
	"witness" text NOT NULL,
	"signature_line" text NOT NULL,
	"cosigned_at" timestamp with time zone NOT NULL,
	CONSTRAINT "transparency_cosignatures_office_id_tree_size_witness_pk" PRIMARY KEY("office_id","tree_size","witness")
);
--> statement-breakpoint
ALTER TABLE "transparency_cosignatures" ADD CONSTRAINT "transparency_cosignatures_office_id_offices_id_fk" FOREIGN KEY ("office_id") REFERENCES "public"."offices"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
-- Hand-written: a cosignature is what a witness said; it is kept as it was answered.
CREATE TRIGGER transparency_cosignatures_refuse_change BEFORE UPDATE OR DELETE ON transparency_cosignatures
  FOR EACH ROW EXECUTE FUNCTION pintu_refuse_change();
