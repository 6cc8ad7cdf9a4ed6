import type transparencyId from './transparency.id.ts'

// English texts of the citizen's own check in the public transparency log, key for key.
export default {
  logPage: {
    title: 'Transparency log',
    lead: 'Every change to applications, payments and permits is recorded in a public log that can only grow: one log for every office this service runs, each record naming its office. The service signs it, and independent witnesses cosign that they see the same log.',
    size: 'Entries',
    checkpointAt: 'Last signed',
    never: 'None yet',
    keyId: 'Log key ID',
    witnessesTitle: 'Independent witnesses',
    witnessesLead:
      'The log requires {quorum} witnesses. Each witness refuses to cosign a log whose history was rewritten.',
    noWitnesses: 'No witness is configured yet.',
    witnessNever: 'has not cosigned yet',
    witnessLast: 'cosigned the log at size {size} on {at}',
    yourselfTitle: 'Check it with your own tools',
    yourselfTiles:
      'The log is served as the C2SP tlog-tiles standard defines; any tlog-tiles client can read it at this address:',
    yourselfKey: 'Its signatures are checked with this verifier key (signed-note format):',
    yourselfFile: 'For your own file, open your tracking or application page and choose "Check now".',
  },
  logCheck: {
    title: 'Check it yourself in the public log',
    lead: 'Every step is recorded in a public transparency log that cannot be changed without it showing. Your browser can check it itself, without having to trust our server.',
    leadPermit:
      'The issue of this permit is recorded in the public transparency log. Your browser can check for itself that the record is there and unchanged.',
    run: 'Check now',
    running: 'Checking…',
    okTitle: 'Verified',
    okEntries:
      'There are no records to check. | 1 record of this file is in the public log, unchanged. | {n} records of this file are in the public log, unchanged.',
    okSigned: 'The log is signed with the log key (key ID {keyId}), at log size {treeSize}.',
    okWitnesses:
      'No independent witness has cosigned yet. | Witnessed by 1 independent witness: {names}. | Witnessed by {n} independent witnesses: {names}.',
    okQuorum: 'The log requires {quorum} witnesses.',
    okGrew: 'Since the last check in this browser the log has only grown; nothing was rewritten.',
    okFirst: 'This browser will remember this log and check that from now on it only grows.',
    pending:
      'No step is waiting. | 1 recent step is not in the log yet; try again in a few seconds. | {n} recent steps are not in the log yet; try again in a few seconds.',
    failTitle: 'The check failed',
    failText: 'Do not take this history as certain. Report it to the Inspectorate and keep a screenshot of this page.',
    problem: {
      bad_signature: 'The log signature is not valid.',
      wrong_origin: 'These records come from another log.',
      size_mismatch: 'The proofs do not match the size of the signed log.',
      entry_not_included: 'A record is not in the signed log: it has been changed.',
      key_changed: 'The log key differs from the one this browser remembers.',
      not_consistent: 'The log no longer matches what this browser checked before: its history has been rewritten.',
      permit_differs: 'The permit data shown differs from what was recorded when the permit was issued.',
    },
    unavailable: 'The log cannot be checked right now. Try again later.',
    details: 'Records in the log ({n})',
    position: 'Position {index}',
  },
} satisfies typeof transparencyId
