// A message shown when someone leaves a field must not move the button they are pressing. Focus
// leaves the field as the press starts (mousedown, or a tap's end), so a message inserted then
// pushes the button away before the press ends, and the click that sends the form is lost (the
// browser test of the apply flow caught exactly that). So what a field shows on being left waits
// until the press has ended in its click, and the click's own handlers (the form's submit) ran.

/** A press with no click (dragged off, held) still lets the waiting messages show after this. */
const longestPressMs = 1000

let pressing = false
let fallback: ReturnType<typeof setTimeout> | undefined
const waiting: (() => void)[] = []

function release() {
  clearTimeout(fallback)
  pressing = false
  for (const run of waiting.splice(0)) run()
}

if (typeof window !== 'undefined') {
  window.addEventListener(
    'pointerdown',
    () => {
      pressing = true
      clearTimeout(fallback)
      fallback = setTimeout(release, longestPressMs)
    },
    true,
  )
  // Capture runs before the target's handlers; the timeout lets those handlers run first.
  window.addEventListener('click', () => setTimeout(release, 0), true)
}

/** Runs `show` now, or once the pointer press under way has ended. */
export function afterPointerPress(show: () => void): void {
  if (pressing) waiting.push(show)
  else show()
}
