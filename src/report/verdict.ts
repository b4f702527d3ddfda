import { newDivergences } from '../compare/baseline-match.js'
import type { Comparison, GroupComparison, TestRow } from '../compare/comparison.js'
import { failingModes } from '../compare/table.js'
import { countsText } from '../stress/evidence.js'
import { buildOf, isStress, withoutGil, type Mode } from '../model/mode.js'

/*
 * The summary's first lines (pure): one verdict that matches the step's result and says what was
 * compared, then tests × modes, time and commit; and, per divergence, where it breaks and how
 * reproducible it is.
 */

/** What the step did: its failure, if it fails. */
export interface StepResult {
  failure?: string
  /** The commit the run tested (GITHUB_SHA). */
  sha?: string
  /** The job was cancelled: the failure says what finished, and comes first. */
  cancelled?: boolean
}

/**
 * How the divergence reproduced in its first failing mode: 3/3, flaky 1/3, or not rerun; a failure
 * under thread stress, its reruns' counts in both stress modes.
 */
export function reproducibility(row: TestRow): string {
  if (row.evidence) return countsText(row.evidence)
  if (row.kind === 'place-dependent') return 'fails alone in its folder, passes in the other'
  const mode = failingModes(row)[0]
  const reruns = mode ? row.reruns?.[mode] : undefined
  if (!mode || !reruns?.length) return 'not rerun'
  const outcome = row.outcomes[mode]
  const same = reruns.filter((o) => o === outcome).length + 1
  const total = reruns.length + 1
  return same === total ? `${same}/${total}` : `flaky ${same}/${total}`
}

/** The words for where tests break, from the modes they fail in. */
function where(modes: Set<Mode>): string {
  const all = [...modes]
  if (all.every(withoutGil)) return 'only with the GIL off'
  if (all.every((m) => buildOf(m) === 'freethreaded')) return 'only on the free-threaded build'
  if (all.every(isStress)) return 'only under thread stress'
  if (all.every((m) => buildOf(m) === 'standard')) return 'only on the standard build'
  return 'differently between the modes'
}

const MODE_WORDS: Record<Mode, string> = {
  standard: 'on standard',
  freethreaded: 'with the GIL off',
  'freethreaded-gil': 'with PYTHON_GIL=1',
  'standard-stress': 'under stress on standard',
  'freethreaded-stress': 'under stress with the GIL off',
  'freethreaded-tsan': 'under ThreadSanitizer',
}

const count = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`

/** The versions a verdict names: 3.13.15t for the free-threaded build, 3.13.15 for the standard. */
function versions(groups: GroupComparison[], modes: Set<Mode>): string {
  const names = new Set<string>()
  for (const group of groups) {
    for (const row of group.modes.filter((m) => modes.has(m.mode))) {
      names.add(`${row.version}${buildOf(row.mode) === 'freethreaded' ? 't' : ''}`)
    }
  }
  return names.size > 0 ? ` (${[...names].join(', ')})` : ''
}

function divergenceVerdict(comparison: Comparison, rows: TestRow[], mark: string): string {
  const failing = new Set(rows.flatMap(failingModes))
  const worst = (row: TestRow) => Object.values(row.outcomes)
  const crashes = rows.filter((r) => worst(r).includes('crashed')).length
  const hangs = rows.filter((r) => !worst(r).includes('crashed') && worst(r).includes('hung')).length
  const failures = rows.length - crashes - hangs
  const kinds = [
    crashes ? count(crashes, 'crash', 'crashes') : '',
    hangs ? count(hangs, 'hang') : '',
    failures ? count(failures, 'failure') : '',
  ].filter(Boolean)
  const ran = new Set(comparison.groups.flatMap((g) => g.modes.map((m) => m.mode)))
  const passing = [...ran].filter((mode) => !failing.has(mode)).map((mode) => MODE_WORDS[mode])
  const fresh = comparison.baseline ? 'new ' : ''
  const subject = `${rows.length} ${fresh}${rows.length === 1 ? 'test breaks' : 'tests break'}`
  const tail = passing.length > 0 ? ` — ${rows.length === 1 ? 'it passes' : 'all pass'} ${passing.join(' and ')}` : ''
  return `${mark} ${subject} ${where(failing)}${versions(comparison.groups, failing)}: ${kinds.join(' · ')}${tail}`
}

/** The verdict: green only when the step passes, and saying what was compared. */
export function verdictLine(comparison: Comparison, step: StepResult): string {
  const failed = step.failure !== undefined
  const rows = newDivergences(comparison)
  const known = comparison.divergences - rows.length
  const knownText = known > 0 ? ` (${count(known, 'known divergence')}, in the baseline)` : ''
  if (comparison.matrixLeg) {
    const row = comparison.groups[0]?.modes[0]
    const leg = row ? `${row.mode} on ${row.version}` : 'this leg'
    const result = comparison.failures > 0 ? `: ${count(comparison.failures, 'test')} failed` : ''
    return `${failed ? '❌' : comparison.failures > 0 ? '⚠️' : '✅'} ${leg}${result}`
  }
  // A cancelled job, or a suite that never ran a test, is the news, whatever the modes did.
  if (failed && (step.cancelled || comparison.outcome === 'not-run')) return `❌ ${step.failure}`
  if (rows.length > 0) return `${divergenceVerdict(comparison, rows, failed ? '❌' : '⚠️')}${knownText}`
  if (failed) return `❌ ${step.failure}`
  if (comparison.outcome === 'not-compared') return '➖ nothing was compared'
  if (known > 0) return `✅ nothing new between the modes${knownText}`
  if (comparison.failures > 0) {
    return `✅ the modes agree; ${count(comparison.failures, 'test fails', 'tests fail')} in every mode`
  }
  return '✅ every mode agrees'
}

/** A run's length: 2.9 s, or 2 min 5 s. */
export function duration(seconds: number): string {
  return seconds >= 60 ? `${Math.floor(seconds / 60)} min ${Math.round(seconds % 60)} s` : `${seconds.toFixed(1)} s`
}

/** tests × modes, the time of the slowest mode, and the commit. */
export function compactLine(comparison: Comparison, step: StepResult): string {
  const tests = comparison.groups.reduce((n, g) => n + Math.max(0, ...g.modes.map((m) => m.total)), 0)
  const modes = new Set(comparison.groups.flatMap((g) => g.modes.map((m) => m.mode))).size
  const seconds = Math.max(0, ...comparison.groups.flatMap((g) => g.modes.map((m) => m.status.durationSeconds)))
  const groups = comparison.groups.length > 1 ? ` in ${count(comparison.groups.length, 'group')}` : ''
  const parts = [`${count(tests, 'test')} × ${count(modes, 'mode')}${groups}`, duration(seconds)]
  if (step.sha) parts.push(`commit ${step.sha.slice(0, 7)}`)
  return parts.join(' · ')
}
