import { inject, provide, type InjectionKey } from 'vue'

// The Loket page learns from its steps that a call failed, so it can offer to keep the intake
// offline; a step outside the page (a test mounting it alone) reports to nobody.
const key: InjectionKey<(error: unknown) => void> = Symbol('counter failure report')

export const provideFailureReport = (report: (error: unknown) => void) => provide(key, report)
export const useFailureReport = () => inject(key, () => undefined)
