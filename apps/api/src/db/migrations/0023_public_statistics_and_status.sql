CREATE TABLE "stats_backlog" (
	"office_id" uuid NOT NULL,
	"status" text NOT NULL,
	"service_code" text NOT NULL,
	"service_kind" text NOT NULL,
	"channel" text NOT NULL,
	"received_on" date NOT NULL,
	"entered_on" text NOT NULL,
	"days_left" smallint NOT NULL,
	"slot" smallint NOT NULL,
	"files" integer NOT NULL,
	CONSTRAINT "stats_backlog_pk" PRIMARY KEY("office_id","status","service_code","service_kind","channel","received_on","entered_on","days_left","slot")
);
--> statement-breakpoint
CREATE TABLE "stats_backlog_days" (
	"day" date NOT NULL,
	"office_id" uuid NOT NULL,
	"status" text NOT NULL,
	"service_code" text NOT NULL,
	"service_kind" text NOT NULL,
	"channel" text NOT NULL,
	"received_on" date NOT NULL,
	"entered_on" text NOT NULL,
	"days_left" smallint NOT NULL,
	"slot" smallint NOT NULL,
	"files" integer NOT NULL,
	CONSTRAINT "stats_backlog_days_pk" PRIMARY KEY("office_id","day","status","service_code","service_kind","channel","received_on","entered_on","days_left","slot")
);
--> statement-breakpoint
CREATE TABLE "stats_daily" (
	"office_id" uuid NOT NULL,
	"day" date NOT NULL,
	"service_code" text NOT NULL,
	"metric" text NOT NULL,
	"detail" text NOT NULL,
	"slot" smallint NOT NULL,
	"count" integer NOT NULL,
	CONSTRAINT "stats_daily_pk" PRIMARY KEY("office_id","day","service_code","metric","detail","slot")
);
--> statement-breakpoint
CREATE TABLE "stats_durations" (
	"office_id" uuid NOT NULL,
	"day" date NOT NULL,
	"service_code" text NOT NULL,
	"stage" text NOT NULL,
	"working_days" integer NOT NULL,
	"within_sla" boolean NOT NULL,
	"slot" smallint NOT NULL,
	"count" integer NOT NULL,
	CONSTRAINT "stats_durations_pk" PRIMARY KEY("office_id","day","service_code","stage","working_days","within_sla","slot")
);
--> statement-breakpoint
CREATE TABLE "stats_files" (
	"application_id" uuid PRIMARY KEY NOT NULL,
	"office_id" uuid NOT NULL,
	"channel" text NOT NULL,
	"received_on" date NOT NULL
);
--> statement-breakpoint
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
ALTER TABLE "stats_backlog" ADD CONSTRAINT "stats_backlog_office_id_offices_id_fk" FOREIGN KEY ("office_id") REFERENCES "public"."offices"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "stats_backlog_days" ADD CONSTRAINT "stats_backlog_days_office_id_offices_id_fk" FOREIGN KEY ("office_id") REFERENCES "public"."offices"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "stats_daily" ADD CONSTRAINT "stats_daily_office_id_offices_id_fk" FOREIGN KEY ("office_id") REFERENCES "public"."offices"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "stats_durations" ADD CONSTRAINT "stats_durations_office_id_offices_id_fk" FOREIGN KEY ("office_id") REFERENCES "public"."offices"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "stats_files" ADD CONSTRAINT "stats_files_office_id_offices_id_fk" FOREIGN KEY ("office_id") REFERENCES "public"."offices"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "status_latency" ADD CONSTRAINT "status_latency_office_id_offices_id_fk" FOREIGN KEY ("office_id") REFERENCES "public"."offices"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "status_probes" ADD CONSTRAINT "status_probes_office_id_offices_id_fk" FOREIGN KEY ("office_id") REFERENCES "public"."offices"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "status_summaries" ADD CONSTRAINT "status_summaries_office_id_offices_id_fk" FOREIGN KEY ("office_id") REFERENCES "public"."offices"("id") ON DELETE no action ON UPDATE no action;