// English messages of how far the published holiday calendar reaches; must match calendarStatus.id.ts.
export default {
  provisional: {
    word: 'provisional',
    why: 'the {year} holiday calendar is not published yet',
  },
  calendarStatus: {
    reach: 'The official holiday calendar is entered in full up to {date}. Due dates after it are provisional.',
    reachNone: "No year's holiday calendar is marked complete yet: every due date is provisional.",
    warningTitle: 'The official holiday calendar is running out',
    warning:
      'The official calendar reaches only {date}. Due dates after it stay provisional until the holidays of ' +
      '{year} are entered.',
    todo:
      'What to do: as soon as the joint decree (SKB) of three ministers on the {year} national holidays and ' +
      'cuti bersama is out, enter each of its dates with the "Add holiday" form, then mark {year} complete.',
    yearsTitle: 'Years whose calendar is complete',
    yearEntry: '{year}: {basis}',
    publishTitle: "Mark a year's calendar complete",
    publishIntro:
      'Mark a year once every national holiday and cuti bersama of its SKB is entered. Due dates in ' +
      'that year then stop being provisional.',
    year: 'Year to mark complete',
    yearInvalid: 'Enter a year from 2000 to 2099.',
    basis: "Number of that year's SKB of three ministers",
    basisHelp: 'For example SKB Number 1497 of 2026. At least 5 characters.',
    publish: 'Mark complete',
    publishing: 'Saving…',
    published: 'The {year} calendar is marked complete. Due dates in that year are no longer provisional.',
  },
}
