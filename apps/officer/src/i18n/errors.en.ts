// English messages for the API's error codes; must match errors.id.ts.
export default {
  errors: {
    complaints: {
      not_found: 'Complaint not found.',
      not_handler: 'Extortion reports are handled by the inspectorate; other complaints by supervisors.',
      step_not_allowed: 'This step is not available in the complaint’s current status.',
      forward_target_required: 'Name the unit.',
      outcome_required: 'Choose the outcome.',
      attachment_not_found: 'Attachment not found.',
      stale: 'Someone else just changed this complaint; reload it.',
    },
    generic: 'Something went wrong. Try again or contact an administrator.',
    network: 'The server cannot be reached. Check the network and try again.',
    not_found: 'Not found.',
    rate_limited: 'Too many requests. Wait a moment and try again.',
    internal: 'The server had a problem. Try again later.',
    request: { invalid: 'Some input is invalid. Check the marked fields.' },
    auth: {
      invalid_credentials: 'Wrong email or password.',
      too_many_attempts: 'Too many login attempts. Wait a moment before trying again.',
      locked: 'This account or address is locked for a while after too many failed attempts. Try again later.',
      token_expired: 'Your session has ended. Please log in again.',
      unauthenticated: 'Please log in first.',
      forbidden: 'Your roles do not allow this action.',
      refresh_reused: 'This session was used elsewhere and has been revoked for safety. Please log in again.',
      session_ended: 'This session has ended. Please log in again.',
      account_deactivated: 'This account has been deactivated. Contact the office administrator.',
    },
    field: {
      invalid_characters: 'The value holds characters that are not allowed (control characters or broken ones).',
      blank_or_invalid_characters: 'Fill this in with text, not spaces alone, and without control characters.',
    },
    signing: {
      passphrase_required: 'Enter your electronic-signature passphrase to sign.',
      wrong_passphrase: 'Wrong electronic-signature passphrase. Nothing was signed.',
      too_many_attempts: 'Too many wrong passphrases. Try again in 15 minutes.',
      not_enrolled: 'You are not enrolled as an electronic signer. Contact the administrator.',
      certificate_revoked: 'Your electronic certificate was revoked and cannot sign.',
      certificate_expired: 'Your electronic certificate has expired and cannot sign.',
      not_configured: 'No electronic signing service is configured.',
      no_simulator: 'The certification-authority simulator is not in use.',
      unknown_officer: 'Officer not found or not active.',
      not_a_signer: 'This officer cannot act as a signer.',
      already_enrolled: 'This officer is already enrolled; revoke the enrolment first.',
      signer_not_found: 'Signer not found.',
      service_unavailable: 'The electronic signing service cannot be reached. Try again later.',
    },
    identity: {
      email_taken: 'This email is already used by another account.',
      employee_number_taken: 'This employee number (NIP) is already used by another account.',
    },
    officers: {
      not_found: 'Officer not found.',
      deactivated: 'This officer account is already deactivated.',
      grant_not_found: 'Role request not found or already decided.',
      same_admin:
        'Another admin must approve this request: not the one who asked, not the officer, and not related ' +
        'to either (having created the account of, or approved roles for, one of them). Dual control.',
      cannot_deactivate_self: 'You cannot deactivate your own account.',
      last_admin: 'The last active admin cannot be deactivated.',
    },
    applications: {
      not_found: 'File not found.',
      not_assigned: 'This file is not assigned to you.',
      stale_version: 'Someone else changed this file after you opened it. Reload to see its current state.',
      action_not_allowed: 'This action is not possible at the current stage.',
      return_reasons_required: 'A return needs reasons and a checklist of what to fix.',
      legal_reason_required: 'A rejection needs its legal ground.',
      report_required: 'A technical review needs a report.',
      unknown_checklist_item: 'The checklist names a document or field this service does not have.',
      empty_checklist: 'Choose at least one document or field to fix.',
      no_eligible_officer: 'No other eligible officer is on duty.',
      not_in_office: 'This file is not being processed in the office.',
      document_not_found: 'Document not found.',
      reassign_needs_another_supervisor:
        'You reassigned this file recently. Another reassignment within 7 days ' +
        'must be made by another supervisor.',
      not_in_review:
        'This file is no longer in technical review, so review attachments cannot be added. Reload to see its current state.',
    },
    documents: {
      too_large: 'The file is too large. Attachments may be at most 10 MB.',
      type_not_accepted: 'This type of file is not accepted. Use PDF, JPG or PNG.',
      empty: 'The file is empty. Choose another file.',
      bad_file_name: 'The file name is not valid. Rename the file, then upload it again.',
      no_file: 'Choose a file first.',
      one_file_only: 'Attach one file only.',
      not_a_pdf:
        'This file is not a complete PDF (it is damaged or cut short). ' +
        'Save or print it to PDF again, then upload it.',
      pdf_active_content:
        'This PDF carries scripts, embedded files or automatic actions, which are not accepted. ' +
        'Print it to a plain PDF, then upload it.',
      pdf_encrypted:
        'This PDF is password-protected, so it cannot be checked. ' +
        'Remove the protection or print it to PDF, then upload it.',
      pdf_uninspectable: 'This PDF cannot be checked. Print it to PDF again, then upload it.',
      image_corrupt: 'This image is damaged or incomplete. Take or save the picture again, then upload it.',
      image_dimensions: 'The image must be between 1 and 20,000 pixels on each side.',
      busy: 'Many files are being checked right now. Upload again in a moment.',
    },
    idempotency: {
      key_reused: 'This request clashes with an earlier one. Reload the file and try again.',
      in_progress: 'The same request is being processed. Wait a moment and try again.',
      bad_key: 'The request could not be recognised. Reload the page and try again.',
    },
    payments: {
      no_invoice: 'This file has no SKRD.',
      already_paid: 'This SKRD has already been paid.',
      already_approved: 'This manual confirmation has already been approved.',
      reference_used: 'This bank reference has already been used.',
      same_treasurer:
        'A manual payment must be approved by another treasurer, not the one who recorded it (dual control).',
      related_treasurer:
        'A manual payment must be approved by a treasurer whose account the recording treasurer ' +
        'neither set up nor was set up by (dual control).',
      no_manual_confirmation: 'Manual confirmation not found.',
      not_found: 'SKRD or manual confirmation not found.',
    },
    closures: {
      not_found: 'Closure not found.',
      already_ended: 'This closure already has a last day.',
      ends_before_start: 'The last day cannot be before the first day.',
    },
    calendar: {
      already_holiday: 'This date is already a holiday.',
      out_of_range: 'The date or number of days is outside the supported calendar (2000–2099).',
      year_published: "This year's calendar is already marked complete.",
      already_revoked: 'This holiday has already been revoked.',
      not_found: 'Holiday not found.',
    },
    transparency: { verify_running: 'A check of the log is already running. Wait until it finishes, then try again.' },
    permits: {
      not_issued: 'No permit has been issued for this file yet.',
      already_revoked: 'This permit has already been revoked.',
      not_found: 'Permit not found.',
    },
    delegations: {
      backdated: 'A delegation cannot start on a date that has passed.',
      overlap: 'The dates overlap another delegation.',
      ends_before_start: 'The end date cannot be before the start date.',
      unknown_delegate: 'The chosen officer is unknown or cannot sign.',
      delegate_not_eligible:
        'The named official must be another active officer on duty who may sign: a signer, ' +
        'head of division or supervisor, not a treasurer, auditor or admin.',
      not_found: 'Delegation not found.',
    },
    catalogue: {
      not_found: 'Service or version not found.',
      draft_exists: 'This service already has a draft.',
      stale_revision: 'Another admin changed the draft. Reload to see the latest version.',
      version_immutable: 'A published version cannot change.',
      same_author: 'A different admin must publish this draft (dual control).',
      related_author:
        'This draft must be published by an admin whose account is not related to any of its ' +
        'authors (dual control).',
      invalid_definition: 'The service definition is invalid. Check the marked fields.',
      retired: 'This service is retired.',
      valid_from_past: 'The start date cannot be in the past.',
      sla_mismatch: 'The SLA must equal the sum of the stage budgets.',
      stage_order: 'Stages must be unique and in order.',
      stage_missing: 'A required stage is missing.',
      stage_role: 'The stage role does not match.',
      duplicate_key: 'The same key appears twice.',
      unknown_application_kind: 'Not an application kind of this service.',
      no_mandatory_requirement: 'At least one requirement must be mandatory.',
      select_without_options: 'A choice field needs options.',
      bad_range: 'The minimum is above the maximum.',
      fee_field: 'The fee field must be a required numeric form field.',
      fee_without_basis: 'A fee needs its legal basis.',
    },
  },
}
