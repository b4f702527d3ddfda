/*
 * The words of the evidence a failure under thread stress is classed on: counts of reruns in each
 * stress mode, and the class they earned. The rule itself is in stress/evidence.ts.
 */
import type { Mode } from './mode.js'

/** Reruns between two looks at the counts. */
export const LOOK_EVERY = 5
/** The most reruns of one test in each stress mode (the `stress-reruns` input). */
export const MAX_STRESS_RERUNS = 50

/** How often a test failed in its reruns in one mode: failures of runs that recorded it. */
export interface RerunCount {
  failed: number
  runs: number
}

/**
 * thread-unsafe: it failed under threads with the GIL (standard-stress); races-without-gil: only
 * without the GIL, at the stated confidence; stress-only: with no other stress mode to compare with,
 * failing every rerun; undecided: the reruns settled nothing.
 */
export type StressVerdict = 'thread-unsafe' | 'races-without-gil' | 'stress-only' | 'undecided'

export interface StressEvidence {
  verdict: StressVerdict
  /** The reruns in each stress mode of the group. */
  counts: Partial<Record<Mode, RerunCount>>
  /** The one-sided Fisher exact p-value, when both stress modes have reruns. */
  p?: number
  /** The stress modes whose first run failed (not counted: that run raised the question). */
  firstFailed: Mode[]
}
