import type helpId from './help.id.ts'

// English: the help page, the glossary and each service's help page, key for key.
export default {
  help: {
    contact: {
      hours: 'Counter opening hours: {hours}',
      phone: 'Telephone',
      email: 'Email',
    },
    title: 'Help',
    lead: 'Answers to what people ask most at the counter, and the meaning of the words you meet in Pintu.',
    faqTitle: 'Frequently asked questions',
    faq: {
      howLong: {
        q: 'How long does my application take?',
        a: 'Every service has a time limit in working days, stated in its service standard. The expected completion date is on your receipt and the tracking page; national holidays and announced office closures are not counted.',
      },
      cost: {
        q: 'What does it cost, and where do I pay?',
        a: 'Only the levy stated in the service standard, paid to the regional treasury through the bank virtual account on the SKRD. Many services cost nothing at all.',
      },
      levy: {
        q: 'An officer asked for money to speed my application up. What should I do?',
        a: 'Do not pay. There is no paid fast track: who handles a file and in what order is decided by the system, not by officers. Report it to the City Inspectorate or through SP4N-LAPOR!, with your registration number if you have one.',
      },
      track: {
        q: 'How do I find out where my file is?',
        a: 'Open the Track page with the registration number and tracking code from your receipt, or see My account when logged in. Every step is also recorded in the public transparency log, which you can check yourself.',
      },
      returned: {
        q: 'My file was returned. What does that mean?',
        a: 'An officer asks you to correct particular documents or data, and says why. Correct only what is asked and send it back before the date given; while the file is with you, the office’s time stops.',
      },
      deemed: {
        q: 'What if the office does not decide in time?',
        a: 'For services that the law deems granted (fiktif positif, UU 30/2014 article 53), the application is deemed approved once the time limit has passed and the permit is issued on that basis.',
      },
      closed: {
        q: 'What if the office is closed?',
        a: 'Online applications are still received. Announced closure days are not counted in the time limit, and the notice shows on every page.',
      },
      counter: {
        q: 'Do I have to come to the office?',
        a: 'No. Every service can be applied for, paid and downloaded online. If you need help, a counter officer can apply on your behalf, with the same process and time limits.',
      },
    },
    glossaryTitle: 'Words',
    glossary: {
      retribusi: {
        term: 'Retribusi (levy)',
        meaning: 'A regional charge paid for certain permits, at rates set by regional regulation.',
      },
      skrd: {
        term: 'SKRD (regional levy assessment)',
        meaning: 'The letter that fixes how much levy you must pay and by when.',
      },
      virtualAccount: {
        term: 'Virtual account',
        meaning: 'An account number for one bill only; a payment to it is recorded against your application at once.',
      },
      hariKerja: {
        term: 'Working day',
        meaning: 'Monday to Friday, except national holidays, collective leave days and announced office closures.',
      },
      fiktifPositif: {
        term: 'Fiktif positif (deemed approval)',
        meaning:
          'An application is legally deemed granted when the official does not decide it in time (UU 30/2014 article 53).',
      },
      plt: {
        term: 'Plt. (acting official)',
        meaning: 'An official appointed to carry out a vacant post; permits they sign are valid.',
      },
      plh: {
        term: 'Plh. (daily stand-in)',
        meaning: 'An official appointed for a while when the post holder is away, for example on leave or travel.',
      },
      nik: {
        term: 'NIK (population identity number)',
        meaning:
          'The 16-digit number on your identity card; used to confirm who applies and never shown on public pages.',
      },
      nib: {
        term: 'NIB (business identity number)',
        meaning: 'The 13-digit business identity issued by the OSS system.',
      },
      kbli: {
        term: 'KBLI',
        meaning: 'The Indonesian standard classification of business fields: a 5-digit code for the kind of business.',
      },
      oss: {
        term: 'OSS',
        meaning: 'Online Single Submission, the national business licensing system; some permits start there.',
      },
      pbg: {
        term: 'PBG and IMB',
        meaning:
          'The building approval (Persetujuan Bangunan Gedung, PBG) replaced the building permit (Izin Mendirikan Bangunan, IMB) under PP 16/2021. This catalogue lists the service as Izin Mendirikan Bangunan.',
      },
    },
    officeTitle: 'The office',
    officeOnline: 'Every service can be applied for online at any time; time limits are counted in working days.',
    toCatalogue: 'See every service',
  },
  serviceHelp: {
    title: 'Help: {name}',
    notFound: 'This service was not found.',
    prepareTitle: 'What to prepare',
    prepareLead:
      'Have these documents ready as PDFs or clear photos before you start. You can save and continue later.',
    scanTip:
      'Photograph documents in good light, the whole page visible, without shadows. A blurred file is the easiest reason for return to avoid.',
    returnsTitle: 'Why files are returned, and how to avoid it',
    returnsLead: 'Officers may return a file only for one of these reasons, and must write what needs correcting.',
    advice: {
      document_missing:
        'Check the list above for your kind of application (new, change, renewal); upload every mandatory document.',
      document_unreadable: 'Upload a sharp scan or photo; make sure every page is there and the text is readable.',
      document_invalid: 'Upload the valid original (signed and stamped where needed), not a sample or a draft.',
      document_expired:
        'Check the validity of your identity card, deeds, certificates or earlier permit before uploading.',
      data_incomplete: 'Answer every question of the form; those you may leave out are marked “(optional)”.',
      data_mismatch: 'Make sure names, addresses and numbers in the form match the documents exactly.',
      other:
        'Read the officer’s note on your file; if it is unclear, contact the office with your registration number.',
    },
    moreHelp: 'General help and the list of words',
    link: 'Help for this service',
  },
} satisfies typeof helpId
