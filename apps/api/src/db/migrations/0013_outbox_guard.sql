-- Hand-written: an outbox row is what a change said when it committed; consumers keep their own
-- positions and never rewrite it. Deleting old rows (retention) stays possible.
CREATE TRIGGER outbox_refuse_update BEFORE UPDATE ON outbox
  FOR EACH ROW EXECUTE FUNCTION pintu_refuse_change();
