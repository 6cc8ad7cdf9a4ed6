// English messages of officer administration; must match officerAdmin.id.ts.
export default {
  officerAdmin: {
    pendingLabel: 'Awaiting a second admin',
    pending: 'awaiting a second admin: {roles}',
    noRoles: 'No role in force',
    status: 'Account status',
    active: 'Active',
    deactivated: 'Deactivated',
    manage: 'Manage {name}',
    dualControlNote:
      'The Administrator, Treasurer, Signer and Supervisor roles do not take effect at once: a second ' +
      'admin, who neither asked nor is related to you or the officer, must approve them on the Role requests ' +
      'page. Other roles take effect at once.',
    needsSecondAdmin: 'needs a second admin',
    createdPending: 'Awaiting a second admin: {roles}. These roles are not in force until approved.',
    pageTitle: 'Manage officer',
    notFound: "This officer is not in the office's list of officers.",
    rolesTitle: 'Roles',
    rolesIntro:
      'Roles taken away and roles without dual control change at once; every session of this officer ends ' +
      'so the new roles apply. Roles under dual control are asked for and wait for a second admin.',
    rolesSave: 'Save roles',
    rolesSaving: 'Saving…',
    rolesSaved: 'Roles saved. In force now: {roles}.',
    rolesSavedPending: 'Roles saved. In force now: {roles}. Awaiting a second admin: {pending}.',
    ownRoles: 'This is your own account: once saved, your session ends and you log in again with the new roles.',
    deactivateTitle: 'Deactivate the account',
    deactivateIntro:
      'At once: every session ends, the account can no longer log in, the system hands the files it ' +
      'holds to other officers, and any signing delegation to it is withdrawn.',
    deactivateReason: 'Reason for deactivation',
    deactivateReasonHelp: 'Recorded in the audit trail. At least 10 characters.',
    deactivate: 'Deactivate the account',
    deactivateConfirmTitle: 'Deactivate the account of {name}?',
    deactivateConfirmText: 'This cannot be undone from this page.',
    deactivateConfirm: 'Yes, deactivate',
    deactivatedResult: 'The account of {name} is deactivated. {count} files were handed to other officers.',
    alreadyDeactivated: 'This account is deactivated: its roles can no longer change.',
    ownAccount: 'You cannot deactivate your own account.',
    backToList: 'Back to the officers',
    grantsTitle: 'Role requests',
    grantsIntro:
      'Roles under dual control take effect once a second admin approves them. The API refuses approval ' +
      'by the admin who asked, by the officer concerned, and by accounts related to either.',
    grantsReadOnly: 'You may read these requests but not decide them.',
    grantsEmpty: 'No role requests yet.',
    grantOfficer: 'Officer',
    grantRoles: 'Roles asked for',
    grantRequested: 'Asked by',
    grantOutcome: 'Decision',
    grantActions: 'Actions',
    waiting: 'Waiting',
    approvedBy: 'Approved by {name}, {date}',
    refusedBy: 'Refused by {name}, {date}',
    approve: 'Approve',
    refuse: 'Refuse',
    approveLabel: 'Approve the roles for {name}',
    refuseLabel: 'Refuse the roles for {name}',
    ownRequest: 'You asked: another admin must approve it.',
    forYou: 'A request for you: another admin must approve it.',
    approved:
      'The {roles} roles for {name} are approved and in force. The sessions of {name} ended so they ' + 'carry them.',
    refused: 'The request of the {roles} roles for {name} is refused.',
  },
}
