-- PROPOSAL, NOT A MIGRATION. Indexes and query rewrites the data-scale benchmark
-- (pnpm bench:scale, docs/benchmarks.md "Data scale") points at. apps/api/src is being changed on
-- another branch (issue 9 items 3, 4 and 9), so nothing here is applied; whoever owns the
-- repositories takes what fits into a drizzle-kit migration (indexes in the *.table.ts files) and
-- into the repositories. Each item names the repository function, the measured problem and the
-- evidence (plans in docs/benchmarks.md and tests/bench/scale/results-*.json).

-- 1. Supervisor board, reassignmentCounts (applications.repository.ts).
--    Today: count(*) FILTER (…) over EVERY stage assignment of the office, joined to applications:
--    a sequential scan of stage_assignments (≈ 3.5 rows per application) and of applications, a
--    hash join of both, on every board load. It grows with all history, not with the open work.
--    Fix: count only reassignments (rows with requested_by or reason), from a partial index.
CREATE INDEX stage_assignments_reassigned_idx ON stage_assignments (application_id)
  WHERE requested_by IS NOT NULL OR reason IS NOT NULL;
--    and the query, same answer:
--    SELECT count(*) FILTER (WHERE sa.requested_by IS NOT NULL)                       AS by_supervisor,
--           count(*) FILTER (WHERE sa.requested_by IS NULL AND sa.reason IS NOT NULL) AS by_system
--      FROM stage_assignments sa JOIN applications a ON a.id = sa.application_id
--     WHERE (sa.requested_by IS NOT NULL OR sa.reason IS NOT NULL) AND a.office_id = $1;
--    Measured at 1 M: 5.9 s (Parallel Seq Scans + Parallel Hash Join spilling to disk) -> 0.07 ms. The
--    generated data has no reassignments; with 1-2 % of files reassigned the rewrite still touches
--    those rows, so at 10 M prefer one of the next two.
--    Better still, with issue 9 item 9 (office_id leading keys): stage_assignments.office_id, and
--    the partial index on (office_id) alone, which answers the count without touching applications.

-- 2. Supervisor board, stageCounts and heldByOffice (applications.repository.ts).
--    Today: applications_office_status_idx (office_id, status, current_stage) finds the held files,
--    but the counts need assignee_id and stage_due_date (heap fetches for every open file) and the
--    page needs ORDER BY stage_due_date, stage_started_at over all of them (a top-N sort of every
--    open file for 20 rows). A partial index over open files only, in the page's order and covering
--    what the counts read, makes the page an ordered index scan with LIMIT and the counts
--    index-only scans over open files (never over the five years of settled ones).
CREATE INDEX applications_held_order_idx ON applications (office_id, stage_due_date, stage_started_at)
  INCLUDE (current_stage, assignee_id)
  WHERE status IN ('submitted', 'admin_verification', 'technical_review', 'decision', 'signing');
CREATE INDEX applications_held_stage_order_idx ON applications (office_id, current_stage, stage_due_date, stage_started_at)
  WHERE status IN ('submitted', 'admin_verification', 'technical_review', 'decision', 'signing');
--    Measured at 1 M (11,189 open files): page 63 ms -> 0.5 ms (offset 40) / 0.26 ms (one stage);
--    stageCounts 30 ms -> 26 ms index-only (Heap Fetches: 0). stageCounts stays linear in open
--    files (≈ 250 ms with 100 k open at 10 M): the lasting fix is counters kept by the one writer,
--    e.g. board_counts(office_id, stage, assigned boolean, stage_due_date, n) changed in the
--    transition's transaction, summed by the board (a few hundred rows, overdue = due < today).
--    (The status list is officeStatuses from the contract's lifecycle table; a migration must be
--    regenerated when that list changes: a test can compare the index predicate with it.)

-- 3. Catalogue search, searchInForce (catalogue.repository.ts).
--    Not an index: 54 rows. The time goes to de-TOASTing each version's full definition (tens of
--    KB of JSON, compressed) four times per row for definition->'name', ->>'shortName',
--    ->'description', ->>'slaDays', ->'fee'->>'kind'. Published versions never change, so either
--    keep those list fields in their own columns (or one small jsonb "summary" column) filled at
--    publication, or answer the search from the in-process cache of published definitions that
--    pinnedDefinition already keeps. Measured at 1 M: the select list's jsonb extractions over the
--    56 versions take 15.7 ms and 862 buffers (TOAST); the same scan without them 0.03 ms.

-- 4. Officer queue, assignedTo (applications.repository.ts).
--    Not an index: applications_queue_idx already finds the rows (plan 1.2 ms for 227 files). The
--    p95 goes to moving whole rows (select *, form_data included) for every file an officer holds.
--    Fix: select only the columns toQueueItem maps, and page the queue.
