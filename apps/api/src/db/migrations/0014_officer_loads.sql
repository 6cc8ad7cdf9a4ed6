CREATE TABLE "officer_loads" (
	"office_id" uuid NOT NULL,
	"officer_id" uuid NOT NULL,
	"slot" smallint NOT NULL,
	"open_files" integer NOT NULL,
	CONSTRAINT "officer_loads_office_id_officer_id_slot_pk" PRIMARY KEY("office_id","officer_id","slot")
);
--> statement-breakpoint
ALTER TABLE "officer_loads" ADD CONSTRAINT "officer_loads_office_id_offices_id_fk" FOREIGN KEY ("office_id") REFERENCES "public"."offices"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "officer_loads" ADD CONSTRAINT "officer_loads_officer_id_users_id_fk" FOREIGN KEY ("officer_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;