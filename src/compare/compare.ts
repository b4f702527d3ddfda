import { clip, DETAILS_LIMIT, isFailing, OUTCOMES, type Outcome, type TestResult } from '../results/outcome.js'
import {
  isStress,
  MODES,
  type GilReport,
  type LegResult,
  type LegStatus,
  type Mode,
  type StressSettings,
} from '../results/leg.js'
import { classifyStress } from '../stress/classify.js'
import { reproduceCommand, reproduceMode } from './reproduce.js'
import { classify, DIVERGENCE_KINDS, type DivergenceKind } from './classify.js'
import { groupFindings, ranWithoutGil, type Finding } from './findings.js'

export type { Finding, FindingKind } from './findings.js'

/** One test across the modes of a group. */
export interface TestRow {
  id: string
  nodeid?: string
  file?: string
  line?: number
  outcomes: Partial<Record<Mode, Outcome>>
  /** Outcomes of the reruns, by mode, when rerun was asked for. */
  reruns?: Partial<Record<Mode, Outcome[]>>
  /** The first line of the failure in each mode that failed, when any did. */
  messages?: Partial<Record<Mode, string>>
  /** The failure's first lines from the most telling mode. */
  details?: string
  kind?: DivergenceKind
  /** Reruns gave different outcomes within a mode: a race more often than not. */
  flaky?: boolean
  /** Divergences: the command that reproduces the failure on a developer's machine. */
  reproduce?: string
  /** Why pytest-run-parallel ran the test in one thread in the stress modes. */
  singleThreaded?: string
}

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
}

export interface GroupComparison {
  group: string
  /** At least two modes produced results: only then can the group agree or diverge. */
  compared: boolean
  modes: ModeRow[]
  tests: TestRow[]
  divergences: TestRow[]
  common: TestRow[]
  /** Pass in the plain modes, fail under thread stress on every build: the test is not thread-safe. */
  threadUnsafe: TestRow[]
  findings: Finding[]
}

/** not-compared: no group had two modes with results, so nothing could agree or diverge. */
export const OVERALL_OUTCOMES = ['passed', 'failed', 'diverged', 'not-compared'] as const
export type OverallOutcome = (typeof OVERALL_OUTCOMES)[number]

export interface Comparison {
  groups: GroupComparison[]
  /** One leg of a matrix, compared in the compare job: its single mode is expected. */
  matrixLeg: boolean
  divergences: number
  failures: number
  findings: Finding[]
  outcome: OverallOutcome
}

export interface CompareOptions {
  requireGilDisabled: boolean
  /** Legs that should exist (from the matrix): any without results is reported missing. */
  expected?: { group: string; mode: Mode }[]
  /** This run is one leg of a matrix, compared elsewhere (by the compare job). */
  matrixLeg?: boolean
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
  const counts = Object.fromEntries(OUTCOMES.map((o) => [o, 0])) as Record<Outcome, number>
  for (const test of leg.tests) counts[test.outcome]++
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
          stress: {
            ...leg.stress,
            parallel: leg.tests.filter((t) => (t.threads ?? 0) > 1).length,
            single: leg.tests.filter((t) => t.threads === 1).length,
          },
        }
      : {}),
  }
}

/** Compares the legs test by test, within each group. Pure: the same for one job or many. */
export function compare(legs: LegResult[], options: CompareOptions): Comparison {
  const byGroup = new Map<string, LegResult[]>()
  for (const leg of legs) {
    const same = byGroup.get(leg.group) ?? []
    if (same.some((other) => other.mode === leg.mode)) {
      throw new DuplicateLegError(`two legs claim mode ${leg.mode} of ${leg.group}`)
    }
    byGroup.set(leg.group, [...same, leg])
  }
  for (const { group } of options.expected ?? []) if (!byGroup.has(group)) byGroup.set(group, [])

  const groups: GroupComparison[] = []
  for (const [group, unsorted] of byGroup) {
    const groupLegs = [...unsorted].sort((a, b) => MODES.indexOf(a.mode) - MODES.indexOf(b.mode))
    groups.push(compareGroup(group, groupLegs, options))
  }
  const findings = groups.flatMap((g) => g.findings)
  const divergences = groups.reduce((n, g) => n + g.divergences.length, 0)
  const failures = groups.reduce(
    (n, g) => n + g.tests.filter((t) => Object.values(t.outcomes).some((o) => isFailing(o!))).length,
    0,
  )
  const matrixLeg = options.matrixLeg ?? false
  const outcome: OverallOutcome =
    divergences > 0 || findings.some((f) => f.blocking)
      ? 'diverged'
      : !matrixLeg && !groups.some((g) => g.compared)
        ? 'not-compared'
        : failures > 0
          ? 'failed'
          : 'passed'
  return { groups, matrixLeg, divergences, failures, findings, outcome }
}

function compareGroup(group: string, legs: LegResult[], options: CompareOptions): GroupComparison {
  const noJunitAnywhere = legs.every((leg) => leg.tests.length === 0)
  const testsOf = (leg: LegResult): TestResult[] =>
    noJunitAnywhere ? [{ id: EXIT_CODE_TEST, outcome: exitCodeOutcome(leg.status) }] : leg.tests
  const stoppedEarly = new Set(legs.filter((l) => l.status.signal || l.status.timedOut).map((l) => l.mode))

  const rows = new Map<string, TestRow>()
  for (const leg of legs) {
    for (const test of testsOf(leg)) {
      let row = rows.get(test.id)
      if (!row) {
        row = { id: test.id, outcomes: {} }
        rows.set(test.id, row)
      }
      row.outcomes[leg.mode] = test.outcome
      row.nodeid ??= test.nodeid
      row.singleThreaded ??= test.singleThreaded
      if (row.file === undefined && test.file) {
        row.file = test.file
        row.line = test.line
      }
      if (isFailing(test.outcome)) {
        if (test.message) row.messages = { ...row.messages, [leg.mode]: test.message }
        if (!row.details || leg.mode !== 'standard') row.details = clip(test.details ?? test.message, DETAILS_LIMIT)
      }
      const reruns = leg.reruns[test.id]
      if (reruns?.length) row.reruns = { ...row.reruns, [leg.mode]: reruns }
    }
  }

  const divergences: TestRow[] = []
  const common: TestRow[] = []
  const threadUnsafe: TestRow[] = []
  const plainStopped = new Set([...stoppedEarly].filter((mode) => !isStress(mode)))
  for (const row of rows.values()) {
    for (const leg of legs) row.outcomes[leg.mode] ??= 'absent'
    // Plain modes are compared with plain modes; the stress modes speak where those agree.
    const plain = Object.fromEntries(Object.entries(row.outcomes).filter(([mode]) => !isStress(mode as Mode)))
    const verdict = classify(plain, plainStopped)
    const stress = verdict.kind === 'same' ? classifyStress(row.outcomes, stoppedEarly) : undefined
    if (verdict.kind === 'common') common.push(row)
    else if (stress === 'thread-unsafe') threadUnsafe.push(row)
    else if (verdict.kind !== 'same' || stress) {
      row.kind = stress ?? (verdict.kind as DivergenceKind)
      const mode = reproduceMode(row.outcomes)
      const leg = mode && legs.find((l) => l.mode === mode)
      if (leg) row.reproduce = reproduceCommand(row.nodeid, leg)
      if (row.reruns) {
        row.flaky = Object.entries(row.reruns).some(
          ([mode, outcomes]) => !outcomes!.every((o) => o === row.outcomes[mode as Mode]),
        )
      }
      divergences.push(row)
    }
  }
  divergences.sort(byImportance)
  const findings = groupFindings(group, legs, options, noJunitAnywhere)
  return {
    group,
    compared: legs.length >= 2,
    modes: legs.map(modeRow),
    tests: [...rows.values()],
    divergences,
    common,
    threadUnsafe,
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
