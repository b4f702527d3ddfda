import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { homedir } from 'node:os'
import path from 'node:path'
import type { CacheStore } from '../cache/cache-store.js'
import {
  effectiveBaseline,
  historyKey,
  jobIdentity,
  parseStored,
  recordRun,
  STORED_SCHEMA,
  storedKey,
  storedPrefix,
  flakeRate,
  type BaselineOrigin,
  type RunLetters,
  type StoredBaseline,
} from '../baseline/stored.js'
import { currentBaseline } from '../compare/baseline-match.js'
import type { Comparison } from '../compare/comparison.js'
import { isTentative } from '../compare/table.js'
import type { GithubEvent } from '../inputs/github-event.js'
import type { JobSettings } from '../baseline/stored.js'
import type { Baseline } from '../baseline/baseline.js'

/*
 * `baseline: auto` through the cache store: before the comparison, the newest entry of the branch
 * (a pull request: of its base branch) is restored; after it, a branch's own run saves its baseline
 * and history as a new entry. A pull request's run never saves (its store is read-only).
 */

/** What the comparison is judged by, and where it came from. */
export interface AutoBaseline {
  identity: string
  /** The branch whose entries were looked for. */
  branch: string
  /** The entry found, or undefined: the first run, or an entry evicted. */
  stored?: StoredBaseline
  /** stored's baseline with its history's known flaky tests. */
  baseline?: Baseline
}

/** The folder an entry is restored to and saved from: the same path on every run of the job. */
const folderOf = (identity: string) => path.join(homedir(), '.cache', 'setup-python-ft', 'baseline', identity)
const FILE = 'stored-baseline.json'

/** The job's identity: its workflow and job, and the settings that make two rows of a matrix differ. */
export const identityOf = (event: GithubEvent, settings: Omit<JobSettings, 'workflow' | 'job'>) =>
  jobIdentity({ workflow: event.workflow, job: event.job, ...settings })

export async function restoreAutoBaseline(
  store: CacheStore,
  event: GithubEvent,
  identity: string,
): Promise<AutoBaseline> {
  const dir = folderOf(identity)
  rmSync(dir, { recursive: true, force: true })
  if (!event.branch) return { identity, branch: '' }
  const prefix = storedPrefix(identity, event.branch)
  const key = await store.restore([dir], `${prefix}-newest`, [prefix])
  if (!key) return { identity, branch: event.branch }
  let stored: StoredBaseline | undefined
  try {
    stored = parseStored(JSON.parse(readFileSync(path.join(dir, FILE), 'utf8')))
  } catch {
    stored = undefined
  }
  return { identity, branch: event.branch, ...(stored ? { stored, baseline: effectiveBaseline(stored) } : {}) }
}

/** This run's letters for the history: each divergence D, or F when it is flaky, undecided or place-dependent. */
function lettersOf(comparison: Comparison): RunLetters {
  const letters: RunLetters = new Map()
  for (const group of comparison.groups)
    for (const row of group.divergences) letters.set(historyKey(group.group, row.id), isTentative(row) ? 'F' : 'D')
  return letters
}

/** Saves this run's baseline and the history with this run in it, as a new entry of the branch. */
export async function saveAutoBaseline(
  store: CacheStore,
  event: GithubEvent,
  auto: AutoBaseline,
  comparison: Comparison,
): Promise<boolean> {
  if (!auto.branch || event.readOnly) return false
  const source = {
    branch: auto.branch,
    sha: event.sha,
    runId: event.runId,
    attempt: event.attempt,
    at: new Date().toISOString(),
  }
  const stored: StoredBaseline = {
    schema: STORED_SCHEMA,
    source,
    baseline: currentBaseline(comparison.groups, comparison.baseline?.baseline),
    history: recordRun(auto.stored?.history, event.runId, lettersOf(comparison)),
  }
  const dir = folderOf(auto.identity)
  rmSync(dir, { recursive: true, force: true })
  mkdirSync(dir, { recursive: true })
  writeFileSync(path.join(dir, FILE), JSON.stringify(stored))
  return store.save([dir], storedKey(auto.identity, source))
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
