CREATE TABLE "status_latency" (
	"office_id" uuid NOT NULL,
	"minute" timestamp with time zone NOT NULL,
	"journey" text NOT NULL,
	"bucket" smallint NOT NULL,
	"count" integer NOT NULL,
	CONSTRAINT "status_latency_pk" PRIMARY KEY("office_id","minute","journey","bucket")
);
--> statement-breakpoint
CREATE TABLE "status_probes" (
	"office_id" uuid NOT NULL,
	"minute" timestamp with time zone NOT NULL,
	"probes" integer NOT NULL,
	"ok" integer NOT NULL,
	CONSTRAINT "status_probes_pk" PRIMARY KEY("office_id","minute")
);
--> statement-breakpoint
CREATE TABLE "status_summaries" (
	"office_id" uuid NOT NULL,
	"hour" timestamp with time zone NOT NULL,
	CONSTRAINT "status_summaries_pk" PRIMARY KEY("office_id","hour")
);
--> statement-breakpoint
ALTER TABLE "status_latency" ADD CONSTRAINT "status_latency_office_id_offices_id_fk" FOREIGN KEY ("office_id") REFERENCES "public"."offices"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "status_probes" ADD CONSTRAINT "status_probes_office_id_offices_id_fk" FOREIGN KEY ("office_id") REFERENCES "public"."offices"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "status_summaries" ADD CONSTRAINT "status_summaries_office_id_offices_id_fk" FOREIGN KEY ("office_id") REFERENCES "public"."offices"("id") ON DELETE no action ON UPDATE no action;