import closuresEn from './closures.en.ts'
import siteEn from './site.en.ts'
import type shellId from './shell.id.ts'

// English for the shell (see shell.id.ts), key for key.
export default {
  app: {
    name: 'Pintu',
    officeSwitch: 'Change office',
    skipToContent: 'Skip to main content',
    nav: {
      label: 'Main menu',
      home: 'Home',
      catalogue: 'Services',
      login: 'Log in',
      register: 'Register',
      account: 'My account',
      applications: 'My applications',
      track: 'Track',
    },
    languageSwitch: 'Bahasa Indonesia',
    languageSwitchLang: 'id',
    footer: {
      noLevies: 'There are no fees other than those in the published service standard. Officers never accept cash.',
      openSource: 'Pintu is open-source software.',
      verify: 'Verify a permit',
      transparency: 'Public transparency log',
      help: 'Help and words explained',
      privacy: 'Privacy notice',
    },
    navigation: {
      loading: 'Loading the page…',
      failedTitle: 'The page could not be loaded yet',
      failedText:
        'The internet connection dropped or is too slow. Check your connection, then try again. Answers you saved are not lost.',
      retry: 'Try again',
    },
    flash: {
      registered: 'Your account has been created and you are logged in.',
      savedForLater:
        'Your answers have been saved. You can continue at any time from this page or from My applications.',
      loggedOut: 'You have logged out. On a shared phone, none of your application data is left on this page.',
      draftDeleted: 'The draft application has been deleted, with its answers and documents.',
      dismiss: 'Close message',
    },
  },
  home: {
    title: 'Permits, fully online',
    lead: 'Apply for permits and non-permit services from anywhere. Every service publishes its standard here: requirements, procedure, time and cost.',
    searchLabel: 'Search services',
    searchHint: 'For example: billboard, SIUP, doctor practice',
    searchButton: 'Search',
    browseAll: 'See all services',
    promisesTitle: 'Our service promises',
    promises: {
      online: {
        title: 'Apply online',
        text: 'Fill in the form, upload documents, pay the levy through the bank and receive an electronic permit without visiting the office.',
      },
      noFaceToFace: {
        title: 'No face-to-face meeting',
        text: 'You never need to meet an officer. The counter stays open for those who need help, in the same queue.',
      },
      noFees: {
        title: 'No extra fees',
        text: 'There are no fees other than those in the published service standard. Most services are free.',
      },
      tracking: {
        title: 'Track your application',
        text: 'See the stage of your application and the time limit of every stage in working days.',
      },
    },
    track: {
      title: 'Track an application',
      text: 'Have a registration number and tracking code? See the application’s stage and deadlines without logging in.',
      link: 'Track an application',
    },
    accountTitle: 'Applicant account',
    accountText: 'To apply, register with your NIK or log in with an existing account.',
    verify: {
      title: 'Verify a permit',
      text: 'Been shown a permit? Check that it is genuine without logging in: scan the QR code on the permit, or type its number.',
      link: 'Verify a permit',
    },
  },
  pageTitle: {
    notifications: 'Notifications',
    consents: 'Access for other applications',
    home: 'Home',
    catalogue: 'Service catalogue',
    service: 'Service standard',
    register: 'Register',
    login: 'Log in',
    account: 'My account',
    notFound: 'Page not found',
    apply: 'Apply',
    applications: 'My applications',
    application: 'Application',
    formSection: 'Fill in the form',
    documents: 'Upload documents',
    check: 'Check your answers',
    withdraw: 'Withdraw application',
    track: 'Track an application',
    trackResult: 'Application status',
    verify: 'Verify a permit',
    privacy: 'Privacy notice',
    closure: 'The office is closed',
    deleteDraft: 'Delete draft',
  },
  ...closuresEn,
  ...siteEn,
} satisfies typeof shellId
