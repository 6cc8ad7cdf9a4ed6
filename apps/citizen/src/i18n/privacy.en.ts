import type privacyId from './privacy.id.ts'

// English: the privacy notice and the applicant's own data export, key for key (part of pages.en.ts).
export default {
  privacy: {
    summary: 'How your personal data is used',
    title: 'Privacy notice',
    lead: 'DPMPTSP Kota Bandung is the controller of the personal data you give in Pintu, under Law No. 27 of 2022 on Personal Data Protection.',
    whatTitle: 'What is kept',
    what: "Your account's NIK, full name, email address and mobile number; the answers and documents of each application; and each application's history (who acted, by role, and when).",
    whyTitle: 'Why',
    why: 'Only to process your permit and non-permit applications: to establish who is applying, check the requirements, issue the SKRD and the permit, and contact you about the application. The basis is the delivery of a public service and the office’s authority under the law (Law 27/2022, article 20).',
    howLongTitle: 'For how long',
    howLong:
      "Account data is kept as long as your account exists. Submitted applications and their documents are kept as the office's records while the permit is valid and afterwards for the city government's records retention period. A draft you delete has its answers and documents erased at once; only the record that it was made and deleted remains.",
    whoTitle: 'Who sees it',
    who: 'You; the officers the system assigns to the stages of your application; the head of division, the head of office and supervisors; and the inspectorate during an audit. Every time an officer opens your personal data, it is recorded in the audit log. Public tracking and the transparency log carry no personal data. Your data is not sold and not given to anyone else unless the law requires it.',
    timingsTitle: 'Speed measurements',
    timings:
      'So that we know how slow Pintu feels on citizens\' phones, your browser sends three speed figures per visit (LCP, INP and CLS) with the name of the page, such as "track". Nothing else: no page address, registration number, tracking code, identity, account, session, IP address or browser type, and only their counts per minute are kept. Nothing is sent when your browser asks for Do Not Track or Global Privacy Control. The results are public on the service statistics page.',
    rightsTitle: 'Your rights',
    rights:
      'You may see your data and get a copy of it, have it corrected, and delete drafts you have not submitted. A copy of your data can be downloaded from My account.',
    readAll: 'Read the full privacy notice',
    prefilled:
      'We filled in your NIK, name, mobile number and email from your account. Check them, and change them if this application is for someone else.',
  },
  myData: {
    title: 'Your data',
    lead: 'Download everything Pintu keeps about you: your account, the answers and documents of each application, and their history, in one JSON file.',
    download: 'Download my data (JSON)',
    downloading: 'Preparing…',
    privacyLink: 'Privacy notice',
  },
} satisfies typeof privacyId
