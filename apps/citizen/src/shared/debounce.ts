/** Delays `fn` until calls stop for `ms`; `cancel` drops a pending call, `flush` runs it now. */
export function debounce(fn: () => void, ms: number) {
  let timer: ReturnType<typeof setTimeout> | undefined
  const debounced = () => {
    clearTimeout(timer)
    timer = setTimeout(() => {
      timer = undefined
      fn()
    }, ms)
  }
  debounced.cancel = () => {
    clearTimeout(timer)
    timer = undefined
  }
  debounced.pending = () => timer !== undefined
  return debounced
}
