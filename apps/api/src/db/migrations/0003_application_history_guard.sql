-- Hand-written: an application's history is as append-only as the audit log.
CREATE TRIGGER application_events_refuse_update_delete BEFORE UPDATE OR DELETE ON application_events
  FOR EACH ROW EXECUTE FUNCTION pintu_refuse_change();
--> statement-breakpoint
CREATE TRIGGER application_events_refuse_truncate BEFORE TRUNCATE ON application_events
  FOR EACH STATEMENT EXECUTE FUNCTION pintu_refuse_change();
