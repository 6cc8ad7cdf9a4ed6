CREATE TABLE "status_vitals" (
	"office_id" uuid NOT NULL,
	"minute" timestamp with time zone NOT NULL,
	"route" text NOT NULL,
	"metric" text NOT NULL,
	"bucket" smallint NOT NULL,
	"count" integer NOT NULL,
	CONSTRAINT "status_vitals_pk" PRIMARY KEY("office_id","minute","route","metric","bucket")
);
--> statement-breakpoint
ALTER TABLE "status_vitals" ADD CONSTRAINT "status_vitals_office_id_offices_id_fk" FOREIGN KEY ("office_id") REFERENCES "public"."offices"("id") ON DELETE no action ON UPDATE no action;