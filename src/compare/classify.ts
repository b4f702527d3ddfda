import type { DivergenceKind } from '../model/divergence.js'
import { isFailing, type Outcome } from '../model/outcome.js'
import type { Mode } from '../model/mode.js'

/** How one test compares across the modes: a divergence of some class, a failure common to all, or the same. */
export type Classification = { kind: DivergenceKind } | { kind: 'common' } | { kind: 'same' }

/**
 * Classes one test from its outcome in each mode. stoppedEarly names the modes whose run died
 * (crash, hang): a test absent there was never reached, which is not a collection difference.
 */
export function classify(outcomes: Partial<Record<Mode, Outcome>>, stoppedEarly: ReadonlySet<Mode>): Classification {
  const entries = Object.entries(outcomes) as [Mode, Outcome][]
  const values = entries.map(([, outcome]) => outcome)
  // One mode alone (a matrix leg) cannot diverge: its failures are plain failures.
  if (entries.length < 2) return { kind: values.some(isFailing) ? 'common' : 'same' }
  if (values.includes('crashed')) return { kind: 'crashed' }
  if (values.includes('hung')) return { kind: 'hung' }
  const present = entries.filter(([, outcome]) => outcome !== 'absent')
  const absent = entries.filter(([, outcome]) => outcome === 'absent').map(([mode]) => mode)
  if (present.length === 0) return { kind: 'same' }
  const failing = present.filter(([, outcome]) => isFailing(outcome)).map(([mode]) => mode)
  // A failure in some modes and not others matters more than a test missing from a mode.
  if (failing.length > 0 && failing.length < present.length) {
    if (failing.every((mode) => mode !== 'standard')) return { kind: 'freethreaded-only' }
    if (failing.every((mode) => mode === 'standard')) return { kind: 'standard-only' }
    return { kind: 'differs' }
  }
  if (absent.length > 0) return { kind: absent.every((mode) => stoppedEarly.has(mode)) ? 'not-run' : 'one-mode-only' }
  if (failing.length === entries.length) return { kind: 'common' }
  return new Set(values).size > 1 ? { kind: 'differs' } : { kind: 'same' }
}
