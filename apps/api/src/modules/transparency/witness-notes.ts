// What an auditor brings to `pnpm audit:verify`: the checkpoints a witness saved.

/** The checkpoints a witness saved: JSON lines `{ "checkpoint": <note> }`, or notes split by blank lines. */
export function witnessNotes(text: string): string[] {
  const lines = text.split('\n').filter((line) => line.trim() !== '')
  if (lines.length > 0 && lines.every((line) => line.trimStart().startsWith('{'))) {
    return lines.map((line) => (JSON.parse(line) as { checkpoint: string }).checkpoint)
  }
  return text
    .split(/\n(?=[^\n]+\n\d+\n[A-Za-z0-9+/=]{44}\n)/)
    .map((note) => (note.endsWith('\n') ? note : `${note}\n`))
    .filter((note) => note.trim() !== '')
}
