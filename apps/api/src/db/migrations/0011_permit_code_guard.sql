-- Hand-written: the verification code printed on a permit is as immutable as the permit itself.
CREATE OR REPLACE FUNCTION pintu_guard_permit() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'DELETE' THEN
    RAISE EXCEPTION 'permits cannot be deleted' USING ERRCODE = 'P0001', HINT = 'pintu.permit_immutable';
  END IF;
  IF NEW.id IS DISTINCT FROM OLD.id OR NEW.number IS DISTINCT FROM OLD.number OR NEW.printed IS DISTINCT FROM OLD.printed
    OR NEW.signature IS DISTINCT FROM OLD.signature OR NEW.key_id IS DISTINCT FROM OLD.key_id OR NEW.application_id IS DISTINCT FROM OLD.application_id
    OR NEW.issued_at IS DISTINCT FROM OLD.issued_at OR NEW.signer_id IS DISTINCT FROM OLD.signer_id
    OR NEW.verification_code IS DISTINCT FROM OLD.verification_code
    OR (OLD.revoked_at IS NOT NULL AND (NEW.revoked_at IS DISTINCT FROM OLD.revoked_at OR NEW.revoke_reason IS DISTINCT FROM OLD.revoke_reason)) THEN
    RAISE EXCEPTION 'issued permits are immutable; only a revocation may be recorded, once' USING ERRCODE = 'P0001', HINT = 'pintu.permit_immutable';
  END IF;
  RETURN NEW;
END
$$;
