import { clip, DETAILS_LIMIT, isFailing, OUTCOMES, type Outcome, type TestResult } from '../results/outcome.js'
import { MODES, type GilReport, type LegResult, type LegStatus, type Mode } from '../results/leg.js'
import { classify, DIVERGENCE_KINDS, type DivergenceKind } from './classify.js'

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
}

export type FindingKind = 'undeclared-extension' | 'gil-enabled' | 'missing-leg' | 'stopped' | 'no-tests'

export interface Finding {
  kind: FindingKind
  group: string
  modes: Mode[]
  message: string
  /** Counts against the run like a divergence (require-gil-disabled, a missing leg). */
  blocking: boolean
  module?: string
}

export interface GroupComparison {
  group: string
  modes: ModeRow[]
  tests: TestRow[]
  divergences: TestRow[]
  common: TestRow[]
  findings: Finding[]
}

export type OverallOutcome = 'passed' | 'failed' | 'diverged'

export interface Comparison {
  groups: GroupComparison[]
  divergences: number
  failures: number
  findings: Finding[]
  outcome: OverallOutcome
}

export interface CompareOptions {
  requireGilDisabled: boolean
  /** Legs that should exist (from the matrix): any without results is reported missing. */
  expected?: { group: string; mode: Mode }[]
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

const ranWithoutGil = (leg: LegResult) => leg.mode === 'freethreaded'

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
  }
}

function gilFindings(group: string, legs: LegResult[], requireGilDisabled: boolean): Finding[] {
  const findings: Finding[] = []
  const undeclared = new Map<string, Mode[]>()
  for (const leg of legs) {
    if (leg.mode === 'standard') continue
    for (const module of leg.gil.undeclared) undeclared.set(module, [...(undeclared.get(module) ?? []), leg.mode])
  }
  for (const [module, modes] of undeclared) {
    findings.push({
      kind: 'undeclared-extension',
      group,
      modes,
      module,
      blocking: requireGilDisabled,
      message: `${module} has not declared free-threading support: importing it turns the GIL back on`,
    })
  }
  for (const leg of legs.filter(ranWithoutGil)) {
    const first = leg.gil.enabledBy[0]
    if (!first && leg.gil.atEnd !== true && leg.gil.atStart !== true) continue
    const where = first?.test ? `from test ${first.test} on` : first ? `from ${first.when} on` : 'during the run'
    const module = first?.module ?? leg.gil.enabledBy.find((e) => e.module && e.test === first?.test)?.module
    const cause = module ? `, when ${module} was imported` : ''
    findings.push({
      kind: 'gil-enabled',
      group,
      modes: [leg.mode],
      module,
      blocking: requireGilDisabled,
      message: `The GIL was on in ${leg.mode} ${where}${cause}: those tests ran with the GIL`,
    })
  }
  return findings
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
  const outcome: OverallOutcome =
    divergences > 0 || findings.some((f) => f.blocking) ? 'diverged' : failures > 0 ? 'failed' : 'passed'
  return { groups, divergences, failures, findings, outcome }
}

function compareGroup(group: string, legs: LegResult[], options: CompareOptions): GroupComparison {
  const findings = gilFindings(group, legs, options.requireGilDisabled)
  const present = new Set(legs.map((l) => l.mode))
  const missing = (options.expected ?? []).filter((e) => e.group === group && !present.has(e.mode))
  for (const { mode } of missing) {
    findings.push({
      kind: 'missing-leg',
      group,
      modes: [mode],
      blocking: true,
      message: `No results from ${mode}: the leg never ran or uploaded nothing`,
    })
  }
  const noJunitAnywhere = legs.every((leg) => leg.tests.length === 0)
  const testsOf = (leg: LegResult): TestResult[] =>
    noJunitAnywhere ? [{ id: EXIT_CODE_TEST, outcome: exitCodeOutcome(leg.status) }] : leg.tests
  if (!noJunitAnywhere) {
    for (const leg of legs.filter((l) => l.tests.length === 0)) {
      findings.push({
        kind: 'no-tests',
        group,
        modes: [leg.mode],
        blocking: false,
        message: `${leg.mode} reported no tests (exit code ${leg.status.exitCode ?? leg.status.signal})`,
      })
    }
  }
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
  for (const row of rows.values()) {
    for (const leg of legs) row.outcomes[leg.mode] ??= 'absent'
    const verdict = classify(row.outcomes, stoppedEarly)
    if (verdict.kind === 'common') common.push(row)
    else if (verdict.kind !== 'same') {
      row.kind = verdict.kind
      if (row.reruns) {
        row.flaky = Object.entries(row.reruns).some(
          ([mode, outcomes]) => !outcomes!.every((o) => o === row.outcomes[mode as Mode]),
        )
      }
      divergences.push(row)
    }
  }
  divergences.sort(byImportance)
  for (const leg of legs) {
    if (
      (leg.status.signal || leg.status.timedOut) &&
      !leg.tests.some((t) => t.outcome === 'crashed' || t.outcome === 'hung')
    ) {
      const how = leg.status.timedOut ? 'ran out of time' : `died on ${leg.status.signal}`
      findings.push({
        kind: 'stopped',
        group,
        modes: [leg.mode],
        blocking: false,
        message: `${leg.mode} ${how} outside any test`,
      })
    }
  }
  return { group, modes: legs.map(modeRow), tests: [...rows.values()], divergences, common, findings }
}

/** Most important first: the kind, then deterministic before flaky, then by id. */
export function byImportance(a: TestRow, b: TestRow): number {
  return (
    DIVERGENCE_KINDS.indexOf(a.kind!) - DIVERGENCE_KINDS.indexOf(b.kind!) ||
    Number(a.flaky ?? false) - Number(b.flaky ?? false) ||
    (a.id < b.id ? -1 : a.id > b.id ? 1 : 0)
  )
}
