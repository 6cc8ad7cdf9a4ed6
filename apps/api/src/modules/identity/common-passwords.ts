/**
 * Passwords of 10+ characters that appear at the top of public breach lists, plus Indonesian
 * favourites. Compared lower-cased. Short ones are already refused by the length rule.
 */
export const commonPasswords = new Set([
  '1234567890', '0123456789', '9876543210', '12345678910', '1234567891', '123456789a', '1234567890a',
  '1111111111', '0000000000', '1212121212', '1122334455', '1q2w3e4r5t', '1qaz2wsx3edc', 'qazwsxedc123',
  'qwertyuiop', 'qwerty1234', 'qwerty12345', 'qwerty123456', 'asdfghjkl1', 'zxcvbnm123', 'abcdefghij',
  'abc1234567', 'abcd123456', 'password12', 'password123', 'password1234', 'passw0rd123', 'password!1',
  'iloveyou12', 'iloveyou123', 'welcome123', 'letmein123', 'sunshine123', 'princess123', 'football123',
  'superman123', 'monkey12345', 'dragon12345', 'master12345', 'trustno1234', 'admin12345', 'administrator',
  'changeme123', 'bismillah1', 'bismillah123', 'alhamdulillah', 'assalamualaikum', 'indonesia1', 'indonesia123',
  'indonesiaraya', 'merdeka1945', 'garuda12345', 'jakarta123', 'bandung123', 'bandung1234', 'persib1933',
  'persibbandung', 'sayangkamu', 'sayang12345', 'cintaku123', 'katasandi', 'katasandi123', 'rahasia123',
  'rahasiaku', 'passwordku', 'masukaja123', 'pintu12345', 'dpmptsp123', 'perizinan123',
])

/** True for one repeated character or a run of consecutive digits or letters, e.g. aaaaaaaaaa, 3456789012. */
export function isTrivialSequence(password: string): boolean {
  const lower = password.toLowerCase()
  if (/^(.)\1+$/.test(lower)) return true
  const runs = ['01234567890123456789', 'abcdefghijklmnopqrstuvwxyz']
  return runs.some((run) => run.includes(lower) || run.split('').reverse().join('').includes(lower))
}
