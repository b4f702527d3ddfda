import { isFailing, type Outcome } from '../results/outcome.js'
import type { Mode } from '../results/leg.js'

/** Why a test is a divergence, most serious first. */
export const DIVERGENCE_KINDS = [
  'crashed',
  'hung',
  'races-without-gil',
  'freethreaded-only',
  'standard-only',
  'stress-only',
  'one-mode-only',
  'differs',
  'not-run',
] as const
export type DivergenceKind = (typeof DIVERGENCE_KINDS)[number]

export const KIND_TITLES: Record<DivergenceKind, string> = {
  crashed: 'Crashed',
  hung: 'Hung',
  'races-without-gil': 'Races without the GIL',
  'freethreaded-only': 'Fails only on the free-threaded build',
  'standard-only': 'Fails only on the standard build',
  'stress-only': 'Fails only under thread stress',
  'one-mode-only': 'Collected in one mode only',
  differs: 'Outcome differs',
  'not-run': 'Not run after a crash or hang',
}

export type Verdict = { kind: DivergenceKind } | { kind: 'common' } | { kind: 'same' }

/**
 * Classes one test from its outcome in each mode. stoppedEarly names the modes whose run died
 * (crash, hang): a test absent there was never reached, which is not a collection difference.
 */
export function classify(outcomes: Partial<Record<Mode, Outcome>>, stoppedEarly: ReadonlySet<Mode>): Verdict {
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
