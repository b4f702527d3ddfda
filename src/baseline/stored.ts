import { createHash } from 'node:crypto'
import { parseBaseline, type Baseline, type KnownDivergence } from './baseline.js'

/*
 * `baseline: auto` (pure): what a branch's run keeps in the cache for the runs after it and for the
 * pull requests into the branch: its baseline, where it came from, and a bounded history of every
 * test that diverged or flaked. Entries are keyed by the job's identity and the branch, one per run
 * and attempt (a cache entry cannot be overwritten); a run reads the newest of its branch's by
 * prefix.
 */

export const STORED_SCHEMA = 'setup-python-ft/stored-baseline@1'
/** Runs a history keeps (the newest), tests it keeps (those that diverged or flaked most recently). */
export const HISTORY_RUNS = 50
export const HISTORY_TESTS = 5000
/** The runs a flake rate is counted over. */
export const RATE_RUNS = 20

export interface History {
  /** The runs' ids, oldest first. */
  runs: string[]
  /**
   * By test key (group, then id, a tab apart): its letters, aligned with `runs`: D diverged, F flaky
   * or undecided, A agreed, - not there yet.
   */
  tests: Record<string, string>
}

/** Where a stored baseline came from. */
export interface BaselineSource {
  branch: string
  sha: string
  runId: string
  attempt: string
  /** ISO time of the save. */
  at: string
}

export interface StoredBaseline {
  schema: typeof STORED_SCHEMA
  source: BaselineSource
  baseline: Baseline
  history: History
  /** What this run was judged against: a re-run of the same run is judged against it again. */
  judgedBy?: { source?: BaselineSource; baseline?: Baseline }
}

/**
 * What a job's settings make of it: two jobs, two steps, or two rows of a matrix never share an
 * entry. Versions are minor versions (3.14), so that a patch release or another runner image keeps
 * the job's entries.
 */
export interface JobSettings {
  /** The workflow's file (GITHUB_WORKFLOW_REF without its ref) or name, the job and the step. */
  workflow: string
  job: string
  step?: string
  versions: string[]
  modes: string[]
  run: string
  platform: string
  /** What else makes two rows differ: the install command, the folder, the env input, the GIL setting. */
  variant?: string[]
}

/** The job's identity: a short hash of its workflow, job and settings. */
export function jobIdentity(settings: JobSettings): string {
  return createHash('sha256').update(JSON.stringify(settings)).digest('hex').slice(0, 16)
}

/**
 * The prefix of a branch's entries for this job: the branch is written so that no branch's prefix
 * is another's (main~ is not a prefix of main-2~).
 */
export function storedPrefix(identity: string, branch: string): string {
  return `setup-python-ft-baseline-${identity}-${encodeURIComponent(branch)}~`
}

/** One run's entry: after the prefix, a last '-' and the run (cache-dir keeps the newest 3 per branch). */
export function storedKey(identity: string, source: Pick<BaselineSource, 'branch' | 'runId' | 'attempt'>): string {
  return `${storedPrefix(identity, source.branch)}-${source.runId}.${source.attempt}`
}

/** The key of a test in the history. */
export const historyKey = (group: string, test: string) => `${group}\t${test}`

/** A run's divergences, by history key: D for one that counts, F for one that is flaky or undecided. */
export type RunLetters = Map<string, 'D' | 'F'>

/**
 * The history with one more run: every test it holds gets this run's letter (A when it did not
 * diverge), every test that diverged now comes in. Bounded: the newest HISTORY_RUNS runs; a test
 * that neither diverged nor flaked in them leaves; past HISTORY_TESTS, those whose last divergence
 * is oldest leave.
 */
export function recordRun(history: History | undefined, runId: string, letters: RunLetters): History {
  const runs = [...(history?.runs ?? []), runId]
  const drop = Math.max(0, runs.length - HISTORY_RUNS)
  const tests = new Map<string, string>()
  for (const [key, past] of Object.entries(history?.tests ?? {})) tests.set(key, past + (letters.get(key) ?? 'A'))
  for (const [key, letter] of letters) if (!tests.has(key)) tests.set(key, '-'.repeat(runs.length - 1) + letter)
  const kept = [...tests]
    .map(([key, line]) => [key, line.slice(drop)] as const)
    .filter(([, line]) => /[DF]/.test(line))
    // The most recent divergence first: what a bound drops is what diverged longest ago.
    .sort(
      (a, b) =>
        Math.max(b[1].lastIndexOf('D'), b[1].lastIndexOf('F')) - Math.max(a[1].lastIndexOf('D'), a[1].lastIndexOf('F')),
    )
    .slice(0, HISTORY_TESTS)
  return { runs: runs.slice(drop), tests: Object.fromEntries(kept) }
}

/** How often a test diverged or flaked in the last RATE_RUNS runs it was seen in. */
export function flakeRate(history: History | undefined, key: string): { diverged: number; runs: number } | undefined {
  const line = history?.tests[key]
  if (!line) return undefined
  const seen = line.replace(/-/g, '').slice(-RATE_RUNS)
  return { diverged: (seen.match(/[DF]/g) ?? []).length, runs: seen.length }
}

/**
 * The baseline a run is judged by: the stored run's own, and every test its history shows diverging
 * or flaking in some of its last RATE_RUNS runs (known flaky: a pull request that trips it is not
 * blamed), in any class.
 */
export function effectiveBaseline(stored: StoredBaseline): Baseline {
  const covered = new Set(
    stored.baseline.divergences.map((d) => d.test !== undefined && historyKey(d.group ?? '', d.test)),
  )
  // An entry the history shows agreeing or flaking in some recent run is flaky too: a pull request
  // that does not trip it has not fixed it.
  const recentlyFlaky = (entry: KnownDivergence) => {
    if (entry.test === undefined) return false
    const rate = flakeRate(stored.history, historyKey(entry.group ?? '', entry.test))
    return rate !== undefined && rate.diverged < rate.runs
  }
  const entries = stored.baseline.divergences.map((entry) =>
    recentlyFlaky(entry) ? { ...entry, knownFlaky: true as const } : entry,
  )
  const flaky: KnownDivergence[] = []
  for (const key of Object.keys(stored.history.tests)) {
    const rate = flakeRate(stored.history, key)
    if (!rate || rate.diverged === 0 || covered.has(key)) continue
    const [group, test] = key.split('\t')
    flaky.push({ test, group, knownFlaky: true })
  }
  return { ...stored.baseline, divergences: [...entries, ...flaky] }
}

/** The history without the given run's column, when it is the last one: a re-run replaces its run's letters. */
export function withoutRun(history: History, runId: string): History {
  if (history.runs.at(-1) !== runId) return history
  const tests = Object.entries(history.tests)
    .map(([key, line]) => [key, line.slice(0, -1)] as const)
    .filter(([, line]) => /[DF]/.test(line))
  return { runs: history.runs.slice(0, -1), tests: Object.fromEntries(tests) }
}

const isHistory = (value: unknown): value is History => {
  const history = value as History
  return (
    Array.isArray(history?.runs) &&
    history.runs.every((run) => typeof run === 'string') &&
    typeof history.tests === 'object' &&
    history.tests !== null &&
    Object.values(history.tests).every((line) => typeof line === 'string' && /^[DFA-]*$/.test(line))
  )
}

/** Checks a stored baseline read back from the cache; undefined when it is not one this version reads. */
export function parseStored(value: unknown): StoredBaseline | undefined {
  if (!value || typeof value !== 'object') return undefined
  const stored = value as Partial<StoredBaseline>
  if (stored.schema !== STORED_SCHEMA || typeof stored.source?.runId !== 'string' || !isHistory(stored.history))
    return undefined
  try {
    const judgedBy = stored.judgedBy?.baseline
      ? { judgedBy: { ...stored.judgedBy, baseline: parseBaseline(stored.judgedBy.baseline) } }
      : {}
    return { ...(stored as StoredBaseline), baseline: parseBaseline(stored.baseline), ...judgedBy }
  } catch {
    return undefined
  }
}

/** Where the baseline of `baseline: auto` came from, for the summary (pipeline/auto-baseline.ts). */
export interface BaselineOrigin {
  /** The branch whose entries were looked for ('' when the run has none). */
  branch: string
  /** The run that saved the entry, when one was found. */
  source?: BaselineSource
  /** Flake rates of the tests the entry's history holds, by history key. */
  rates: Record<string, { diverged: number; runs: number }>
}
