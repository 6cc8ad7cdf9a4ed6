// Every unit test starts as the app is once any page beyond home has opened: the global i18n
// instance holds the shell and the pages' texts in Bahasa Indonesia (English loads on demand).
import { loadPageMessages } from './index.ts'

await loadPageMessages()
