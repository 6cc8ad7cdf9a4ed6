CREATE TABLE "stats_officer_backlog" (
	"office_id" uuid NOT NULL,
	"status" text NOT NULL,
	"service_code" text NOT NULL,
	"service_kind" text NOT NULL,
	"channel" text NOT NULL,
	"received_on" date NOT NULL,
	"entered_on" text NOT NULL,
	"days_left" smallint NOT NULL,
	"slot" smallint NOT NULL,
	"assignee_id" text NOT NULL,
	"files" integer NOT NULL,
	CONSTRAINT "stats_officer_backlog_pk" PRIMARY KEY("office_id","status","service_code","service_kind","channel","received_on","entered_on","days_left","assignee_id","slot")
);
--> statement-breakpoint
CREATE TABLE "stats_officer_backlog_days" (
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
	"assignee_id" text NOT NULL,
	"files" integer NOT NULL,
	CONSTRAINT "stats_officer_backlog_days_pk" PRIMARY KEY("office_id","day","status","service_code","service_kind","channel","received_on","entered_on","days_left","assignee_id","slot")
);
--> statement-breakpoint
ALTER TABLE "stats_files" ADD COLUMN "in_officer_report" boolean DEFAULT false NOT NULL;--> statement-breakpoint
ALTER TABLE "stats_officer_backlog" ADD CONSTRAINT "stats_officer_backlog_office_id_offices_id_fk" FOREIGN KEY ("office_id") REFERENCES "public"."offices"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "stats_officer_backlog_days" ADD CONSTRAINT "stats_officer_backlog_days_office_id_offices_id_fk" FOREIGN KEY ("office_id") REFERENCES "public"."offices"("id") ON DELETE no action ON UPDATE no action;