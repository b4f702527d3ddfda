/*
 * The words of a comparison: the classes of a divergence, the kinds of a finding, and whether the
 * baseline knew one.
 */

/** Why a test is a divergence, most serious first. */
export const DIVERGENCE_KINDS = [
  'crashed',
  'hung',
  'races-without-gil',
  'freethreaded-only',
  'standard-only',
  'stress-only',
  'undecided',
  'place-dependent',
  'one-mode-only',
  'differs',
  'not-run',
] as const
export type DivergenceKind = (typeof DIVERGENCE_KINDS)[number]

/** Classes the comparison only warns about under fail-on: divergence (like a flaky divergence): their counts decided nothing, or the place decided, not the build. */
export const TENTATIVE_KINDS: readonly DivergenceKind[] = ['undecided', 'place-dependent']

/** A divergence only warned about under fail-on: divergence: flaky, or of a tentative class. */
export function isTentativeDivergence(flaky: boolean | undefined, kind: string | null | undefined): boolean {
  return flaky === true || TENTATIVE_KINDS.includes(kind as DivergenceKind)
}

/** The classes of a test that fails in some plain modes and passes in others: a failure, not a crash or hang. */
export const PLAIN_FAILURE_KINDS: readonly DivergenceKind[] = ['freethreaded-only', 'standard-only', 'differs']

export const KIND_TITLES: Record<DivergenceKind, string> = {
  crashed: 'Crashed',
  hung: 'Hung',
  'races-without-gil': 'Races without the GIL',
  'freethreaded-only': 'Fails only on the free-threaded build',
  'standard-only': 'Fails only on the standard build',
  'stress-only': 'Fails only under thread stress',
  undecided: 'Fails under thread stress, undecided',
  'place-dependent': 'Depends on the folder it runs in, not on the build',
  'one-mode-only': 'Collected in one mode only',
  differs: 'Outcome differs',
  'not-run': 'Not run after a crash or hang',
}

/** What a finding is about: a group-level problem rather than one test's outcome. */
export const FINDING_KINDS = [
  'undeclared-extension',
  'gil-enabled',
  'missing-leg',
  'stopped',
  'no-tests',
  'dependency-versions',
  'thread-sanitizer',
  'slow-mode',
  'untested-extension',
] as const
export type FindingKind = (typeof FINDING_KINDS)[number]

/** With a baseline: whether it already knew a divergence or finding. */
export type BaselineStatus = 'new' | 'known'
