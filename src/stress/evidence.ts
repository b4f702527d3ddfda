import { isFailing, type Outcome } from '../model/outcome.js'
import type { Mode } from '../model/mode.js'
import {
  LOOK_EVERY,
  MAX_STRESS_RERUNS,
  type RerunCount,
  type StressEvidence,
  type StressVerdict,
} from '../model/evidence.js'

/*
 * How a test that fails under thread stress earns its class: from counts of reruns in both stress
 * modes, never from one run. The rule (README, "How a verdict is reached"):
 *  - it failed under standard-stress (first run or any rerun): a thread-unsafe test, a fact: the GIL
 *    did not keep the test safe, whatever the free-threaded build did;
 *  - it failed only under freethreaded-stress: "races without the GIL" once a one-sided Fisher exact
 *    test on the reruns' counts gives p ≤ DECIDING_P, looked at every LOOK_EVERY reruns (and when the
 *    reruns stop);
 *  - anything else within the cap is undecided.
 * The run that raised the question is not counted: it was picked because it failed.
 */

/**
 * The p-value that decides. At most MAX_STRESS_RERUNS / LOOK_EVERY looks plus the last one: a
 * Bonferroni bound keeps the chance of blaming the build for a test that fails as often on both
 * under 5 % over all of them (95 % confidence).
 */
export const DECIDING_P = 0.05 / (MAX_STRESS_RERUNS / LOOK_EVERY + 1)

const STRESS_MODES = ['freethreaded-stress', 'standard-stress'] as const

/** log(n!) for the small counts of reruns. */
function logFactorial(n: number): number {
  let sum = 0
  for (let i = 2; i <= n; i++) sum += Math.log(i)
  return sum
}

const logChoose = (n: number, k: number) => logFactorial(n) - logFactorial(k) - logFactorial(n - k)

/**
 * Fisher's exact test, one-sided: the chance that `a` or more of the a + b failures fall among the
 * first mode's n1 runs when the failures are spread over both modes' n1 + n2 runs at random.
 */
export function fisherOneSided(a: number, n1: number, b: number, n2: number): number {
  const failures = a + b
  const total = logChoose(n1 + n2, failures)
  let p = 0
  for (let k = a; k <= Math.min(failures, n1); k++) {
    p += Math.exp(logChoose(n1, k) + logChoose(n2, failures - k) - total)
  }
  return Math.min(1, p)
}

/** The reruns of one mode, counted; a rerun that did not record the test says nothing. */
function countReruns(outcomes: readonly Outcome[] | undefined): RerunCount | undefined {
  if (!outcomes) return undefined
  const recorded = outcomes.filter((o) => o !== 'absent')
  return { failed: recorded.filter(isFailing).length, runs: recorded.length }
}

/**
 * The class a stress failure has earned from the first run's outcomes and the reruns so far.
 * `first` holds the outcome of each stress mode's first run; `reruns` the reruns by mode.
 */
export function weighStress(
  first: Partial<Record<Mode, Outcome>>,
  reruns: Partial<Record<Mode, readonly Outcome[]>> = {},
): StressEvidence {
  const counts: StressEvidence['counts'] = {}
  for (const mode of STRESS_MODES) {
    const count = countReruns(reruns[mode])
    if (count) counts[mode] = count
  }
  const firstFailed = STRESS_MODES.filter((mode) => first[mode] !== undefined && isFailing(first[mode]))
  const evidence = (verdict: StressVerdict, p?: number): StressEvidence => ({
    verdict,
    counts,
    ...(p === undefined ? {} : { p }),
    firstFailed,
  })
  const failedEver = (mode: Mode) => {
    const outcome = first[mode]
    return (outcome !== undefined && isFailing(outcome)) || (counts[mode]?.failed ?? 0) > 0
  }
  if (failedEver('standard-stress')) return evidence('thread-unsafe')
  const ft = counts['freethreaded-stress']
  const std = counts['standard-stress']
  const ran = (mode: Mode) => first[mode] !== undefined && first[mode] !== 'absent'
  if (!ran('freethreaded-stress') || !ran('standard-stress')) {
    // No partner to compare with: the failure is a fact about stress, not about the build, and it
    // is decided when every rerun (at least one look's worth) failed again.
    const only = ft ?? std
    const decided = only !== undefined && only.runs >= LOOK_EVERY && only.failed === only.runs
    return evidence(decided ? 'stress-only' : 'undecided')
  }
  if (!ft || !std || ft.runs === 0 || std.runs === 0) return evidence('undecided')
  const p = fisherOneSided(ft.failed, ft.runs, std.failed, std.runs)
  return evidence(p > DECIDING_P ? 'undecided' : 'races-without-gil', p)
}

/**
 * The counts in words: "failed 7/20 under freethreaded-stress, 0/20 under standard-stress"; for a
 * thread-unsafe test, with the first run's failures that are not in them.
 */
export function countsText(evidence: Pick<StressEvidence, 'counts' | 'verdict' | 'firstFailed'>): string {
  const parts = STRESS_MODES.filter((mode) => evidence.counts[mode]).map((mode) => {
    const { failed, runs } = evidence.counts[mode]!
    return `${failed}/${runs} under ${mode}`
  })
  const reruns = parts.length > 0 ? `failed ${parts.join(', ')}` : 'not rerun'
  const unseen = evidence.firstFailed.filter((mode) => !evidence.counts[mode]?.failed)
  return evidence.verdict === 'thread-unsafe' && unseen.length > 0
    ? `${reruns}; the first run failed under ${unseen.join(' and ')}`
    : reruns
}
