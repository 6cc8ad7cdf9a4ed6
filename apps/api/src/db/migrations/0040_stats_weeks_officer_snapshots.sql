CREATE TABLE "stats_duration_weeks" (
	"office_id" uuid NOT NULL,
	"week" date NOT NULL,
	"service_code" text NOT NULL,
	"stage" text NOT NULL,
	"working_days" integer NOT NULL,
	"within_sla" boolean NOT NULL,
	"count" integer NOT NULL,
	CONSTRAINT "stats_duration_weeks_pk" PRIMARY KEY("office_id","week","service_code","stage","working_days","within_sla")
);
--> statement-breakpoint
CREATE TABLE "stats_folded_weeks" (
	"office_id" uuid NOT NULL,
	"week" date NOT NULL,
	"folded_at" timestamp with time zone NOT NULL,
	CONSTRAINT "stats_folded_weeks_pk" PRIMARY KEY("office_id","week")
);
--> statement-breakpoint
CREATE TABLE "stats_officer_backlog_snapshot_days" (
	"office_id" uuid NOT NULL,
	"day" date NOT NULL,
	"calendar" text NOT NULL,
	"built_at" timestamp with time zone NOT NULL,
	CONSTRAINT "stats_officer_backlog_snapshot_days_pk" PRIMARY KEY("office_id","day")
);
--> statement-breakpoint
CREATE TABLE "stats_officer_backlog_snapshots" (
	"office_id" uuid NOT NULL,
	"day" date NOT NULL,
	"service_kind" text NOT NULL,
	"service_code" text NOT NULL,
	"status" text NOT NULL,
	"channel" text NOT NULL,
	"assignee_id" text NOT NULL,
	"age_bucket" text NOT NULL,
	"overdue" boolean NOT NULL,
	"files" integer NOT NULL,
	CONSTRAINT "stats_officer_backlog_snapshots_pk" PRIMARY KEY("office_id","day","service_kind","service_code","status","channel","assignee_id","age_bucket","overdue")
);
--> statement-breakpoint
ALTER TABLE "stats_duration_weeks" ADD CONSTRAINT "stats_duration_weeks_office_id_offices_id_fk" FOREIGN KEY ("office_id") REFERENCES "public"."offices"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "stats_folded_weeks" ADD CONSTRAINT "stats_folded_weeks_office_id_offices_id_fk" FOREIGN KEY ("office_id") REFERENCES "public"."offices"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "stats_officer_backlog_snapshot_days" ADD CONSTRAINT "stats_officer_backlog_snapshot_days_office_id_offices_id_fk" FOREIGN KEY ("office_id") REFERENCES "public"."offices"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "stats_officer_backlog_snapshots" ADD CONSTRAINT "stats_officer_backlog_snapshots_office_id_offices_id_fk" FOREIGN KEY ("office_id") REFERENCES "public"."offices"("id") ON DELETE no action ON UPDATE no action;