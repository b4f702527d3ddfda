import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { homedir } from 'node:os'
import path from 'node:path'
import type { CacheStore } from '../cache/cache-store.js'
import {
  effectiveBaseline,
  flakeRate,
  historyKey,
  jobIdentity,
  parseStored,
  recordRun,
  STORED_SCHEMA,
  storedKey,
  storedPrefix,
  withoutRun,
  type BaselineOrigin,
  type JobSettings,
  type RunLetters,
  type StoredBaseline,
} from '../baseline/stored.js'
import type { Baseline } from '../baseline/baseline.js'
import { currentBaseline } from '../compare/baseline-match.js'
import type { Comparison } from '../compare/comparison.js'
import { isTentative } from '../compare/table.js'
import type { GithubEvent } from '../inputs/github-event.js'

/*
 * `baseline: auto` through the cache store: before the comparison, the newest entry of the branch
 * (a pull request: of its base branch; a branch without one: of the default branch) is restored;
 * after it, a branch's own complete run saves its baseline and history as a new entry. A pull
 * request's run never saves (its store is read-only). A restore or save that fails is a warning and
 * a miss, never the step's failure.
 */

/** What the comparison is judged by, and where it came from. */
export interface AutoBaseline {
  identity: string
  /** The branch whose entries were looked for. */
  branch: string
  /** The entry judged against, or undefined: the first run, or an entry evicted. */
  stored?: StoredBaseline
  /** stored's baseline with its history's known flaky tests. */
  baseline?: Baseline
}

/** The folder an entry is restored to and saved from: the same path on every run of the job. */
const folderOf = (identity: string) => path.join(homedir(), '.cache', 'setup-python-ft', 'baseline', identity)
const FILE = 'stored-baseline.json'

/** The job's identity: its workflow, job and step, and the settings that make two rows of a matrix differ. */
export const identityOf = (event: GithubEvent, settings: Omit<JobSettings, 'workflow' | 'job' | 'step'>) =>
  jobIdentity({ workflow: event.workflow, job: event.job, ...(event.step ? { step: event.step } : {}), ...settings })

/**
 * The entry a re-run of the same run is judged against: the one its first attempt was judged
 * against (its own entry would make its divergences known), with its history before that run.
 */
function basisOf(stored: StoredBaseline, runId: string): StoredBaseline | undefined {
  if (stored.source.runId !== runId) return stored
  const { judgedBy } = stored
  if (!judgedBy?.source || !judgedBy.baseline) return undefined
  return { ...stored, source: judgedBy.source, baseline: judgedBy.baseline, history: withoutRun(stored.history, runId) }
}

/** What the two doors log with: the action's workflow commands, or nothing in a test. */
export interface BaselineLog {
  info: (message: string) => void
  warn: (message: string) => void
}
const QUIET: BaselineLog = { info: () => {}, warn: () => {} }

/** The newest entry of the branch (a pull request's: of its base; else the default branch's), said in the log. */
export async function restoreAutoBaseline(
  store: CacheStore,
  event: GithubEvent,
  identity: string,
  log: BaselineLog = QUIET,
): Promise<AutoBaseline> {
  const auto = await readEntry(store, event, identity, log.warn)
  const source = auto.stored?.source
  log.info(
    source
      ? `baseline: auto: ${source.branch} @ ${source.sha.slice(0, 7)}, run ${source.runId} (${source.at})`
      : `baseline: auto: no entry of ${auto.branch || 'this run (no branch)'} yet; every divergence counts`,
  )
  return auto
}

async function readEntry(
  store: CacheStore,
  event: GithubEvent,
  identity: string,
  warn: (message: string) => void,
): Promise<AutoBaseline> {
  const none = { identity, branch: event.branch }
  if (!event.branch) return none
  const dir = folderOf(identity)
  try {
    rmSync(dir, { recursive: true, force: true })
    const prefixes = [storedPrefix(identity, event.branch)]
    if (event.defaultBranch && event.defaultBranch !== event.branch)
      prefixes.push(storedPrefix(identity, event.defaultBranch))
    if (!(await store.restore([dir], `${prefixes[0]}-newest`, prefixes))) return none
    const read = parseStored(JSON.parse(readFileSync(path.join(dir, FILE), 'utf8')))
    if (!read) warn(`baseline: auto: the entry found is not one this version reads; every divergence counts`)
    const stored = read && basisOf(read, event.runId)
    return stored ? { ...none, stored, baseline: effectiveBaseline(stored) } : none
  } catch (error) {
    warn(`baseline: auto: could not read the entry of ${event.branch}: ${(error as Error).message}`)
    return none
  } finally {
    rmSync(dir, { recursive: true, force: true })
  }
}

/** This run's letters for the history: each divergence D, or F when it is flaky, undecided or place-dependent. */
function lettersOf(comparison: Comparison): RunLetters {
  const letters: RunLetters = new Map()
  for (const group of comparison.groups)
    for (const row of group.divergences) letters.set(historyKey(group.group, row.id), isTentative(row) ? 'F' : 'D')
  return letters
}

/**
 * Why this run's results are not a baseline for the runs after it: a mode that ran no test, or
 * whose results are missing (a failed install, a missing leg), leaves known divergences out.
 */
export function incomplete(comparison: Comparison): string | undefined {
  if (comparison.outcome === 'not-run' || comparison.outcome === 'not-compared')
    return `the run's outcome is ${comparison.outcome}`
  const missing = comparison.findings.find(
    (f) => f.kind === 'missing-leg' || f.kind === 'no-tests' || f.kind === 'stopped',
  )
  return missing ? `not every mode has results (${missing.kind})` : undefined
}

/**
 * The keep stage's part: a branch's own complete run saves its baseline and history as a new entry;
 * a read-only run (a pull request's) or an incomplete one saves none, and the log says why.
 */
export async function keepAutoBaseline(
  store: CacheStore,
  event: GithubEvent,
  auto: AutoBaseline,
  comparison: Comparison,
  log: BaselineLog = QUIET,
): Promise<boolean> {
  const why = store.readOnly ? `read-only cache (${store.readOnly})` : incomplete(comparison)
  if (why) {
    log.info(`baseline: auto: not saved: ${why}; the branch keeps its last entry`)
    return false
  }
  const saved = await saveAutoBaseline(store, event, auto, comparison, log.warn)
  if (saved) log.info(`baseline: auto: saved for ${auto.branch} (run ${event.runId}) in ${store.where}`)
  return saved
}

/** Saves this run's baseline and the history with this run in it, as a new entry of the branch. */
export async function saveAutoBaseline(
  store: CacheStore,
  event: GithubEvent,
  auto: AutoBaseline,
  comparison: Comparison,
  warn: (message: string) => void = () => {},
): Promise<boolean> {
  if (!auto.branch || store.readOnly) return false
  const source = {
    branch: auto.branch,
    sha: event.sha,
    runId: event.runId,
    attempt: event.attempt,
    at: new Date().toISOString(),
  }
  const base = auto.stored
  const stored: StoredBaseline = {
    schema: STORED_SCHEMA,
    source,
    baseline: currentBaseline(comparison.groups, comparison.baseline?.baseline),
    history: recordRun(base && withoutRun(base.history, event.runId), event.runId, lettersOf(comparison)),
    judgedBy: base ? { source: base.source, baseline: base.baseline } : {},
  }
  const dir = folderOf(auto.identity)
  try {
    rmSync(dir, { recursive: true, force: true })
    mkdirSync(dir, { recursive: true })
    writeFileSync(path.join(dir, FILE), JSON.stringify(stored))
    return await store.save([dir], storedKey(auto.identity, source))
  } catch (error) {
    warn(`baseline: auto: could not save the entry of ${auto.branch}: ${(error as Error).message}`)
    return false
  } finally {
    rmSync(dir, { recursive: true, force: true })
  }
}

/** Where the run's baseline came from, with the flake rates its history gives, for the summary. */
export function originOf(auto: AutoBaseline): BaselineOrigin {
  const history = auto.stored?.history
  const rates: BaselineOrigin['rates'] = {}
  for (const key of Object.keys(history?.tests ?? {})) {
    const rate = flakeRate(history, key)
    if (rate && rate.diverged > 0) rates[key] = rate
  }
  return { branch: auto.branch, ...(auto.stored ? { source: auto.stored.source } : {}), rates }
}
