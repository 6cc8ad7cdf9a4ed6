-- The kept officer load starts from the files officers hold when this migration runs (the statuses
-- the office holds, from the lifecycle table at the time); the transition writer keeps it from then on.
INSERT INTO officer_loads (office_id, officer_id, slot, open_files)
SELECT office_id, assignee_id, 0, count(*)
FROM applications
WHERE assignee_id IS NOT NULL
  AND status IN ('submitted', 'admin_verification', 'technical_review', 'decision', 'signing')
GROUP BY office_id, assignee_id;
