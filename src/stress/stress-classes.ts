import { isFailing, type Outcome } from '../model/outcome.js'
import type { Mode } from '../model/mode.js'

/** What the stress modes say about a test the plain modes agree on. */
export type StressClass = 'races-without-gil' | 'stress-only' | 'thread-unsafe' | 'not-run' | undefined

/**
 * Stress modes compared with each other, for a test that the plain modes of the group do not
 * already class: fails under threads without the GIL but passes under threads with it (a race
 * the GIL hid), fails under threads with the GIL (the test itself is thread-unsafe), or fails
 * under threads where the other build's stress mode did not run.
 */
export function classifyStress(outcomes: Partial<Record<Mode, Outcome>>, stoppedEarly: ReadonlySet<Mode>): StressClass {
  const standard = outcomes['standard-stress']
  const freethreaded = outcomes['freethreaded-stress']
  if (standard === undefined && freethreaded === undefined) return undefined
  const absentAfterStop = (mode: Mode, outcome: Outcome | undefined) => outcome === 'absent' && stoppedEarly.has(mode)
  const ftFails = freethreaded !== undefined && isFailing(freethreaded)
  const stdFails = standard !== undefined && isFailing(standard)
  const ran = (outcome: Outcome | undefined) => outcome !== undefined && outcome !== 'absent'
  // Failing under threads with the GIL, the test itself is not thread-safe, whatever the other build did.
  if (stdFails) return 'thread-unsafe'
  if (ftFails && ran(standard)) return 'races-without-gil'
  if (ftFails) return 'stress-only'
  if (absentAfterStop('freethreaded-stress', freethreaded) || absentAfterStop('standard-stress', standard)) {
    return 'not-run'
  }
  return undefined
}
