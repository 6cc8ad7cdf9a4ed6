-- Hand-written: guards the database itself enforces, so no code path (or operator with SQL) can
-- quietly rewrite history. Same SQL on PGlite and PostgreSQL.

CREATE FUNCTION pintu_refuse_change() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION '% is append-only: % refused', TG_TABLE_NAME, TG_OP USING ERRCODE = 'P0001', HINT = 'pintu.append_only';
END
$$;
--> statement-breakpoint
CREATE TRIGGER audit_log_refuse_update_delete BEFORE UPDATE OR DELETE ON audit_log
  FOR EACH ROW EXECUTE FUNCTION pintu_refuse_change();
--> statement-breakpoint
CREATE TRIGGER audit_log_refuse_truncate BEFORE TRUNCATE ON audit_log
  FOR EACH STATEMENT EXECUTE FUNCTION pintu_refuse_change();
--> statement-breakpoint
-- A published catalogue version never changes; the only permitted update closes its validity once
-- (valid_to from NULL to a time) when a later version or a retirement replaces it.
CREATE FUNCTION pintu_guard_published_version() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'DELETE' THEN
    IF OLD.status = 'published' THEN
      RAISE EXCEPTION 'published catalogue versions cannot be deleted' USING ERRCODE = 'P0001', HINT = 'pintu.version_immutable';
    END IF;
    RETURN OLD;
  END IF;
  IF OLD.status = 'published' AND (
       NEW.status IS DISTINCT FROM OLD.status
    OR NEW.definition IS DISTINCT FROM OLD.definition
    OR NEW.search_text IS DISTINCT FROM OLD.search_text
    OR NEW.version IS DISTINCT FROM OLD.version
    OR NEW.revision IS DISTINCT FROM OLD.revision
    OR NEW.service_type_id IS DISTINCT FROM OLD.service_type_id
    OR NEW.valid_from IS DISTINCT FROM OLD.valid_from
    OR NEW.published_by IS DISTINCT FROM OLD.published_by
    OR (OLD.valid_to IS NOT NULL AND NEW.valid_to IS DISTINCT FROM OLD.valid_to)
  ) THEN
    RAISE EXCEPTION 'published catalogue versions are immutable' USING ERRCODE = 'P0001', HINT = 'pintu.version_immutable';
  END IF;
  RETURN NEW;
END
$$;
--> statement-breakpoint
CREATE TRIGGER service_versions_guard_published BEFORE UPDATE OR DELETE ON service_versions
  FOR EACH ROW EXECUTE FUNCTION pintu_guard_published_version();
