CREATE SEQUENCE "public"."complaint_numbers" INCREMENT BY 1 MINVALUE 1 MAXVALUE 9223372036854775807 START WITH 1 CACHE 1;--> statement-breakpoint
CREATE TABLE "complaint_messages" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"complaint_id" uuid NOT NULL,
	"from" text NOT NULL,
	"kind" text NOT NULL,
	"text" text NOT NULL,
	"officer_id" uuid,
	"at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "complaints" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"office_id" uuid NOT NULL,
	"number" text NOT NULL,
	"follow_up_code_hash" text NOT NULL,
	"complainant_id" uuid,
	"category" text NOT NULL,
	"subject" text NOT NULL,
	"service_code" text,
	"registration_no" text,
	"pungli" boolean NOT NULL,
	"status" text NOT NULL,
	"outcome" text,
	"forwarded_to" text,
	"version" integer DEFAULT 1 NOT NULL,
	"filed_at" timestamp with time zone NOT NULL,
	"first_responded_at" timestamp with time zone,
	"paused_at" timestamp with time zone,
	"paused_days" smallint DEFAULT 0 NOT NULL,
	"closed_at" timestamp with time zone,
	"first_response_escalated_at" timestamp with time zone,
	"resolution_escalated_at" timestamp with time zone,
	CONSTRAINT "complaints_number_unique" UNIQUE("number"),
	CONSTRAINT "complaints_pungli_subject" CHECK (not "complaints"."pungli" or "complaints"."subject" = 'officer_conduct')
);
--> statement-breakpoint
CREATE TABLE "survey_answers" (
	"application_id" uuid PRIMARY KEY NOT NULL,
	"id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"office_id" uuid NOT NULL,
	"service_code" text NOT NULL,
	"u1" smallint NOT NULL,
	"u2" smallint NOT NULL,
	"u3" smallint NOT NULL,
	"u4" smallint NOT NULL,
	"u5" smallint NOT NULL,
	"u6" smallint NOT NULL,
	"u7" smallint NOT NULL,
	"u8" smallint NOT NULL,
	"u9" smallint NOT NULL,
	"comment" text,
	"answered_at" timestamp with time zone NOT NULL,
	CONSTRAINT "survey_answers_id_unique" UNIQUE("id"),
	CONSTRAINT "survey_answers_scores" CHECK (least("survey_answers"."u1", "survey_answers"."u2", "survey_answers"."u3", "survey_answers"."u4", "survey_answers"."u5", "survey_answers"."u6", "survey_answers"."u7", "survey_answers"."u8", "survey_answers"."u9") >= 1 and greatest("survey_answers"."u1", "survey_answers"."u2", "survey_answers"."u3", "survey_answers"."u4", "survey_answers"."u5", "survey_answers"."u6", "survey_answers"."u7", "survey_answers"."u8", "survey_answers"."u9") <= 4)
);
--> statement-breakpoint
ALTER TABLE "complaint_messages" ADD CONSTRAINT "complaint_messages_complaint_id_complaints_id_fk" FOREIGN KEY ("complaint_id") REFERENCES "public"."complaints"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "complaint_messages" ADD CONSTRAINT "complaint_messages_officer_id_users_id_fk" FOREIGN KEY ("officer_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "complaints" ADD CONSTRAINT "complaints_office_id_offices_id_fk" FOREIGN KEY ("office_id") REFERENCES "public"."offices"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "complaints" ADD CONSTRAINT "complaints_complainant_id_users_id_fk" FOREIGN KEY ("complainant_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "survey_answers" ADD CONSTRAINT "survey_answers_application_id_applications_id_fk" FOREIGN KEY ("application_id") REFERENCES "public"."applications"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "survey_answers" ADD CONSTRAINT "survey_answers_office_id_offices_id_fk" FOREIGN KEY ("office_id") REFERENCES "public"."offices"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "complaint_messages_complaint_idx" ON "complaint_messages" USING btree ("complaint_id","at");--> statement-breakpoint
CREATE INDEX "complaints_office_open_idx" ON "complaints" USING btree ("office_id","status");--> statement-breakpoint
CREATE INDEX "survey_answers_office_idx" ON "survey_answers" USING btree ("office_id","answered_at");