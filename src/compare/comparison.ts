import type { CompareOptions } from './compare-options.js'
import { isFailing, type Outcome } from '../model/outcome.js'
import { TestList } from '../results/test-list.js'
import { type LegResult } from '../results/leg-file.js'
import { type GilReport, type LegStatus } from '../model/leg.js'
import { isStress, MODES, type Mode, type StressSettings } from '../model/mode.js'
import { classifyStress, type StressClass } from '../stress/stress-classes.js'
import { weighStress } from '../stress/evidence.js'
import type { StressEvidence, StressVerdict } from '../model/evidence.js'
import { reproduceCommand, reproduceMode } from './reproduce.js'
import { classify } from './classify.js'
import { DIVERGENCE_KINDS, type DivergenceKind } from '../model/divergence.js'
import { groupFindings, ranWithoutGil, suiteNotRun, type Finding } from './findings.js'
import { ranNoTest } from '../results/start-failure.js'
import { TestTable, type TestRow } from './table.js'
import type { Baseline } from '../baseline/baseline.js'
import type { Dependency } from '../dependencies/readiness.js'
import type { InstallRecord } from '../dependencies/install-log.js'
import { fixedEntries, markGroup, type BaselineUse } from './baseline-match.js'

export type { Finding } from './findings.js'
export type { TestRow } from './table.js'
export { TestTable } from './table.js'

export interface ModeRow {
  mode: Mode
  version: string
  abi: string
  counts: Record<Outcome, number>
  total: number
  status: LegStatus
  gil: GilReport
  /** true/false on a free-threaded mode meant to run without the GIL; null elsewhere. */
  gilStayedOff: boolean | null
  /** Stress modes: threads × iterations, and how many tests ran in threads or in one thread. */
  stress?: StressSettings & { parallel: number; single: number }
  /** The distributions installed in the mode's venv: name to version. */
  packages?: Record<string, string>
  /** Readiness of the build's dependencies (dependencies/readiness.ts). */
  dependencies?: Dependency[]
  /** What the build's `install` did: its time, what it built from source, its dependency cache. */
  install?: InstallRecord
}

export interface GroupComparison {
  group: string
  /** At least two modes produced results: only then can the group agree or diverge. */
  compared: boolean
  modes: ModeRow[]
  /** Every test, as rows made on demand (the report's list). */
  tests: TestTable
  /** Tests that failed in at least one mode. */
  failures: number
  divergences: TestRow[]
  common: TestRow[]
  /** Pass in the plain modes, fail under thread stress on every build: the test is not thread-safe. */
  threadUnsafe: TestRow[]
  /** Tests pytest-run-parallel ran in one thread in a stress mode, and why. */
  singleThreaded: TestRow[]
  findings: Finding[]
  /** With a baseline: the entries this group used. */
  baselineUse?: BaselineUse
}

/**
 * not-run: a mode's suite never ran a test (it could not start); not-compared: no group had two modes
 * with results, so nothing could agree or diverge.
 */
export const OVERALL_OUTCOMES = ['passed', 'failed', 'diverged', 'not-run', 'not-compared'] as const
export type OverallOutcome = (typeof OVERALL_OUTCOMES)[number]

export interface Comparison {
  groups: GroupComparison[]
  /** One leg of a matrix, compared in the compare job: its single mode is expected. */
  matrixLeg: boolean
  divergences: number
  failures: number
  findings: Finding[]
  outcome: OverallOutcome
  /** With a baseline: what is new, and the entries that matched nothing (fixed). */
  baseline?: BaselineSummary
}

export interface BaselineSummary {
  baseline: Baseline
  newDivergences: number
  newBlockingFindings: number
  fixed: ReturnType<typeof fixedEntries>
}

/** Two legs claimed the same group and mode. */
export class DuplicateLegError extends Error {}

/** The pseudo-test that stands for a run without any JUnit: its exit code. */
export const EXIT_CODE_TEST = '(exit code)'

function exitCodeOutcome(status: LegStatus): Outcome {
  if (status.timedOut) return 'hung'
  if (status.signal) return 'crashed'
  return status.exitCode === 0 ? 'passed' : 'failed'
}

function modeRow(leg: LegResult): ModeRow {
  const counts = leg.tests.outcomeCounts()
  const gilOn = leg.gil.atStart === true || leg.gil.atEnd === true || leg.gil.enabledBy.length > 0
  return {
    mode: leg.mode,
    version: leg.version,
    abi: leg.abi,
    counts,
    total: leg.tests.length,
    status: leg.status,
    gil: leg.gil,
    gilStayedOff: ranWithoutGil(leg) ? !gilOn : null,
    ...(leg.stress
      ? {
          stress: { ...leg.stress, ...leg.tests.threadCounts() },
        }
      : {}),
    ...(leg.packages ? { packages: leg.packages } : {}),
    ...(leg.dependencies ? { dependencies: leg.dependencies } : {}),
    ...(leg.install ? { install: leg.install } : {}),
  }
}

/**
 * The legs of each group, groups in the order their first leg comes, then the expected groups that
 * have none; within a group, legs in the order of MODES. Takes only what it needs of a leg, so that
 * the compare job can plan from leg.json heads and read one group's tests at a time.
 */
export function legGroups<T extends Pick<LegResult, 'group' | 'mode'>>(
  legs: T[],
  expected: CompareOptions['expected'] = [],
): Map<string, T[]> {
  const byGroup = new Map<string, T[]>()
  for (const leg of legs) {
    const same = byGroup.get(leg.group) ?? []
    if (same.some((other) => other.mode === leg.mode)) {
      throw new DuplicateLegError(`two legs claim mode ${leg.mode} of ${leg.group}`)
    }
    byGroup.set(leg.group, [...same, leg])
  }
  for (const { group } of expected) if (!byGroup.has(group)) byGroup.set(group, [])
  for (const same of byGroup.values()) same.sort((a, b) => MODES.indexOf(a.mode) - MODES.indexOf(b.mode))
  return byGroup
}

/** Compares the legs test by test, within each group. Pure: the same for one job or many. */
export function compare(legs: LegResult[], options: CompareOptions): Comparison {
  const groups = [...legGroups(legs, options.expected)].map(([group, same]) => compareGroup(group, same, options))
  return combineGroups(groups, options)
}

/** The overall counts and outcome of the compared groups. */
export function combineGroups(groups: GroupComparison[], options: CompareOptions): Comparison {
  const findings = groups.flatMap((g) => g.findings)
  const divergences = groups.reduce((n, g) => n + g.divergences.length, 0)
  const failures = groups.reduce((n, g) => n + g.failures, 0)
  const matrixLeg = options.matrixLeg ?? false
  const outcome: OverallOutcome = findings.some(suiteNotRun)
    ? 'not-run'
    : divergences > 0 || findings.some((f) => f.blocking)
      ? 'diverged'
      : !matrixLeg && !groups.some((g) => g.compared)
        ? 'not-compared'
        : failures > 0
          ? 'failed'
          : 'passed'
  const comparison: Comparison = { groups, matrixLeg, divergences, failures, findings, outcome }
  if (options.baseline) {
    comparison.baseline = {
      baseline: options.baseline,
      newDivergences: groups.reduce((n, g) => n + g.divergences.filter((r) => r.baseline === 'new').length, 0),
      newBlockingFindings: findings.filter((f) => f.blocking && f.baseline === 'new').length,
      fixed: fixedEntries(options.baseline, groups),
    }
  }
  return comparison
}

/** A test whose outcome is the same passing one in every mode: nothing to class or show. */
function agrees(table: TestTable, row: number): boolean {
  const outcome = table.outcome(0, row)
  if (outcome === undefined || isFailing(outcome)) return false
  for (let leg = 1; leg < table.legCount; leg++) if (table.outcome(leg, row) !== outcome) return false
  return true
}

/**
 * The class of a test the plain modes agree on, from the stress modes. A failure under threads
 * earns it from its reruns' counts (stress/evidence.ts), the evidence it is kept with; a hang
 * without the GIL is not rerun (each rerun would wait out the timeout) and stays a hang.
 */
function stressClass(
  row: TestRow,
  stoppedEarly: ReadonlySet<Mode>,
): { kind: StressClass | StressVerdict | 'hung'; evidence?: StressEvidence } {
  const first = classifyStress(row.outcomes, stoppedEarly)
  if (first === undefined || first === 'not-run') return { kind: first }
  if (first !== 'thread-unsafe' && Object.values(row.outcomes).includes('hung')) return { kind: 'hung' }
  const evidence = weighStress(row.outcomes, row.reruns)
  return { kind: evidence.verdict, evidence }
}

/**
 * A divergence whose every failing mode, rerun alone, failed again in its own folder and passed in
 * the other place (the working directory instead of a copy of the tree, or the reverse): the test
 * depends on the folder, not on the build. Passing alone in both says nothing about the folder.
 */
function followsPlace(row: TestRow): boolean {
  if (!row.placeCheck) return false
  const failing = (Object.entries(row.outcomes) as [Mode, Outcome][]).filter(([, o]) => isFailing(o))
  return (
    failing.length > 0 &&
    failing.every(([mode]) => {
      const check = row.placeCheck![mode]
      return check !== undefined && isFailing(check.here) && check.there === 'passed'
    })
  )
}

/** Compares the legs of one group (in the order of MODES) test by test. */
export function compareGroup(group: string, legs: LegResult[], options: CompareOptions): GroupComparison {
  // A mode whose suite never ran a test is reported (findings.ts), not compared: its missing tests
  // are not divergences, and its exit code is no test's outcome.
  const ran = legs.filter((leg) => !ranNoTest(leg.command, leg.status, leg.tests.length))
  const noJunitAnywhere = ran.every((leg) => leg.tests.length === 0)
  const testsOf = (leg: LegResult): TestList =>
    noJunitAnywhere ? TestList.from([{ id: EXIT_CODE_TEST, outcome: exitCodeOutcome(leg.status) }]) : leg.tests
  const stoppedEarly = new Set(ran.filter((l) => l.status.signal || l.status.timedOut).map((l) => l.mode))
  const table = new TestTable(
    ran.map((leg) => ({ mode: leg.mode, reruns: leg.reruns, placeCheck: leg.placeCheck, tests: testsOf(leg) })),
  )

  const divergences: TestRow[] = []
  const common: TestRow[] = []
  const threadUnsafe: TestRow[] = []
  const singleThreaded: TestRow[] = []
  let failures = 0
  const plainStopped = new Set([...stoppedEarly].filter((mode) => !isStress(mode)))
  for (let at = 0; at < table.size; at++) {
    if (agrees(table, at)) {
      if (ran.some((_, leg) => table.singleThreaded(leg, at))) singleThreaded.push(table.row(at))
      continue
    }
    const row = table.row(at)
    if (row.singleThreaded) singleThreaded.push(row)
    if (Object.values(row.outcomes).some((o) => isFailing(o!))) failures++
    // Plain modes are compared with plain modes; the stress modes speak where those agree.
    const plain = Object.fromEntries(Object.entries(row.outcomes).filter(([mode]) => !isStress(mode as Mode)))
    const verdict = classify(plain, plainStopped)
    const weighed = verdict.kind === 'same' ? stressClass(row, stoppedEarly) : undefined
    if (weighed?.evidence) row.evidence = weighed.evidence
    const stress = weighed?.kind
    if (verdict.kind === 'common') common.push(row)
    else if (stress === 'thread-unsafe') threadUnsafe.push(row)
    else if (verdict.kind !== 'same' || stress) {
      row.kind = stress ?? (followsPlace(row) ? 'place-dependent' : (verdict.kind as DivergenceKind))
      const mode = reproduceMode(row.outcomes)
      const leg = mode && legs.find((l) => l.mode === mode)
      if (leg) row.reproduce = reproduceCommand(row.nodeid, leg)
      if (row.reruns && !row.evidence) {
        // A rerun that recorded nothing for the test (absent) says nothing about it either way.
        row.flaky = Object.entries(row.reruns).some(
          ([mode, outcomes]) => !outcomes!.every((o) => o === 'absent' || o === row.outcomes[mode as Mode]),
        )
      }
      divergences.push(row)
    } else continue
    table.keep(at, row)
  }
  divergences.sort(byImportance)
  const findings = groupFindings(group, legs, options, noJunitAnywhere)
  const baselineUse = options.baseline && markGroup(options.baseline, group, divergences, findings)
  return {
    ...(baselineUse ? { baselineUse } : {}),
    group,
    compared: ran.length >= 2,
    modes: legs.map(modeRow),
    tests: table,
    failures,
    divergences,
    common,
    threadUnsafe,
    singleThreaded,
    findings,
  }
}

/** Most important first: the kind, then deterministic before flaky, then by id. */
export function byImportance(a: TestRow, b: TestRow): number {
  return (
    DIVERGENCE_KINDS.indexOf(a.kind!) - DIVERGENCE_KINDS.indexOf(b.kind!) ||
    Number(a.flaky ?? false) - Number(b.flaky ?? false) ||
    (a.id < b.id ? -1 : a.id > b.id ? 1 : 0)
  )
}
