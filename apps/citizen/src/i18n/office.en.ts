// English texts of choosing the office (see office.id.ts), key for key.
export default {
  office: {
    title: 'Choose the office',
    lead: 'This service serves several cities and regencies. Choose the province, then the city or regency your permit is for: the catalogue, applications and tracking then use that office.',
    current: 'Current office: {office}',
    province: 'Province',
    region: 'City or regency',
    choose: 'Use this office',
    only: 'This service serves {office} only.',
    toHome: 'To the home page',
    unknown: 'Office code {code} is not served here. Choose an office below.',
    link: 'A link that opens this office directly: {link}',
    hostOnly: 'This address serves {office} only. Open {chosen} at its own address, or ask that office for it.',
    signedIn: {
      title: 'You are signed in at {office}',
      text: 'Your account and session belong to the office where you signed in. To use {chosen} you will be signed out first. Your applications stay at {office}; sign in there again at any time.',
      confirm: 'Sign out and move to {chosen}',
      cancel: 'Stay at {office}',
    },
  },
}
