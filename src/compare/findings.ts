import { type LegResult } from '../results/leg-file.js'
import { ranNoTest } from '../results/start-failure.js'
import { slowMode, type SlowMode } from './timing.js'
import { withoutGil, type Mode } from '../model/mode.js'
import type { CompareOptions } from './compare-options.js'
import type { BaselineStatus, FindingKind } from '../model/divergence.js'
import type { TsanFinding } from '../tsan/report.js'
import { RUN_PARALLEL } from '../stress/run-parallel.js'

export interface Finding {
  kind: FindingKind
  group: string
  modes: Mode[]
  message: string
  /** Counts against the run like a divergence (require-gil-disabled, a missing leg). */
  blocking: boolean
  module?: string
  /** dependency-versions: the distribution, and its version in each mode that has it. */
  distribution?: string
  versions?: Partial<Record<Mode, string>>
  /** thread-sanitizer: the report's kind and place, its identity ("data race at src/_racy.c:12"). */
  place?: string
  /** thread-sanitizer: the reports at that place, their stacks and the tests they fired in. */
  tsan?: TsanFinding
  /** With a baseline: whether the baseline already knew it. */
  baseline?: BaselineStatus
  /** slow-mode: the slow mode's slowest tests, with their seconds there and in the fastest mode. */
  slowest?: SlowMode['slowest']
}

/**
 * The project's extension modules that were installed but never imported, one finding each, with
 * the modes where: the free-threaded comparison of the C code did not happen. Never blocking.
 */
function untestedFindings(group: string, legs: LegResult[]): Finding[] {
  const modesOf = new Map<string, LegResult[]>()
  for (const leg of legs)
    for (const name of leg.untestedExtensions ?? []) modesOf.set(name, [...(modesOf.get(name) ?? []), leg])
  return [...modesOf].map(([module, where]) => ({
    kind: 'untested-extension' as const,
    group,
    modes: where.map((leg) => leg.mode),
    blocking: false,
    module,
    message: `${module} was built for ${[...new Set(where.map((leg) => leg.abi))].join(' and ')} but never imported: the suite ran the pure-Python code (tests import the source tree; install with -e, use a src layout, or --import-mode=importlib)`,
  }))
}

/** A mode whose suite never ran a test (a blocking no-tests finding): told as the step's failure. */
export const suiteNotRun = (finding: Finding): boolean => finding.kind === 'no-tests' && finding.blocking

/**
 * The modes whose pytest ran no test at all, one blocking finding per cause: they were not compared,
 * and "the same failures in every mode" would hide that the suite never started.
 */
function notRunFindings(group: string, legs: LegResult[]): Finding[] {
  const byCause = new Map<string, Mode[]>()
  for (const leg of legs.filter((l) => ranNoTest(l.command, l.status, l.tests.length))) {
    const exit = leg.status.exitCode
    const why = exit === 5 ? 'pytest collected no tests (exit code 5)' : `pytest exited ${exit} before running a test`
    const cause = leg.status.cause ? `${why}: ${leg.status.cause}` : why
    byCause.set(cause, [...(byCause.get(cause) ?? []), leg.mode])
  }
  return [...byCause].map(([cause, modes]) => ({
    kind: 'no-tests' as const,
    group,
    modes,
    blocking: true,
    message: `${modes.join(', ')} ran no test: ${cause}`,
  }))
}

/** The mode meant to run without the GIL. */
export const ranWithoutGil = (leg: LegResult) => withoutGil(leg.mode)

function gilFindings(group: string, legs: LegResult[], requireGilDisabled: boolean): Finding[] {
  const findings: Finding[] = []
  const undeclared = new Map<string, Mode[]>()
  for (const leg of legs) {
    if (leg.mode === 'standard') continue
    for (const module of leg.gil.undeclared) undeclared.set(module, [...(undeclared.get(module) ?? []), leg.mode])
  }
  for (const [module, modes] of undeclared) {
    // It matters where the GIL is meant to be off; in freethreaded-gil the GIL is on by design.
    const affected = modes.some(withoutGil) ? modes.filter(withoutGil) : modes
    findings.push({
      kind: 'undeclared-extension',
      group,
      modes: affected,
      module,
      blocking: requireGilDisabled,
      message: `${module} has not declared free-threading support: without PYTHON_GIL=0, importing it turns the GIL back on`,
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

/**
 * What the action itself installs in the venvs of some modes (the stress modes' pytest-run-parallel,
 * when the project brings none): absent from the other modes by design, not a difference of the
 * builds. At different versions in two modes, it is one (the project pinned its own).
 */
const ADDED_BY_MODES = new Set([RUN_PARALLEL])

/**
 * Distributions installed at different versions in the group's modes, or in some modes only: the
 * builds resolved the same requirements differently (most often: no wheel of the newest release for
 * the free-threaded ABI, or an optional dependency left out for want of one).
 */
export function versionFindings(group: string, legs: Pick<LegResult, 'mode' | 'packages'>[]): Finding[] {
  const listed = legs.filter((leg) => leg.packages)
  const names = new Set(listed.flatMap((leg) => Object.keys(leg.packages!)))
  const findings: Finding[] = []
  for (const name of [...names].sort()) {
    const versions: Partial<Record<Mode, string>> = {}
    for (const leg of listed) {
      const version = leg.packages![name]
      if (version !== undefined) versions[leg.mode] = version
    }
    const distinct = [...new Set(Object.values(versions))]
    const without = ADDED_BY_MODES.has(name)
      ? []
      : listed.filter((leg) => versions[leg.mode] === undefined).map((leg) => leg.mode)
    if (distinct.length < 2 && without.length === 0) continue
    const byVersion = distinct.map(
      (version) =>
        `${version} in ${Object.keys(versions)
          .filter((mode) => versions[mode as Mode] === version)
          .join(', ')}`,
    )
    const missing = without.length > 0 ? `; not installed in ${without.join(', ')}` : ''
    findings.push({
      kind: 'dependency-versions',
      group,
      modes: listed.map((leg) => leg.mode),
      blocking: false,
      distribution: name,
      versions,
      message: `${name} differs between the modes: ${byVersion.join('; ')}${missing}. The builds test against different versions`,
    })
  }
  return findings
}

/** Every finding of a group: the GIL, legs missing, legs without tests, legs that died between tests. */
/** Where a TSan report points, in words: "data race at src/_racy.c:12 in racy_increment". */
export function tsanPlace(finding: TsanFinding): string {
  const place = finding.place
  if (place?.file) return `${finding.kind} at ${place.file}:${place.line} in ${place.function}`
  if (place) return `${finding.kind} in ${place.function}${place.module ? ` (${place.module})` : ''}`
  return finding.summary
}

/**
 * ThreadSanitizer's reports of the freethreaded-tsan mode, one finding per place: blocking, since a
 * race in C is a bug even when every assertion passed; one with no frame outside CPython itself is a
 * warning (CPython's to fix, or to suppress).
 */
function tsanFindings(group: string, legs: LegResult[]): Finding[] {
  return legs.flatMap((leg) =>
    (leg.tsan ?? []).map((tsan) => {
      const tests =
        tsan.tests.length > 0
          ? `, in ${tsan.tests.slice(0, 3).join(', ')}${tsan.tests.length > 3 ? ` and ${tsan.tests.length - 3} more` : ''}`
          : ''
      const times = tsan.count > 1 ? ` (${tsan.count} reports)` : ''
      return {
        kind: 'thread-sanitizer' as const,
        group,
        modes: [leg.mode],
        blocking: !tsan.inInterpreter,
        place: tsanPlace(tsan),
        tsan,
        message: `ThreadSanitizer: ${tsanPlace(tsan)}${tests}${times}${tsan.inInterpreter ? ' (inside CPython itself: no frame of the project)' : ''}`,
      }
    }),
  )
}

export function groupFindings(
  group: string,
  legs: LegResult[],
  options: CompareOptions,
  comparingExitCodes: boolean,
): Finding[] {
  const findings = [
    ...tsanFindings(group, legs),
    ...gilFindings(group, legs, options.requireGilDisabled),
    ...versionFindings(group, legs),
  ]
  findings.push(...untestedFindings(group, legs))
  const slow = slowMode(legs)
  if (slow) {
    const { mode, message, slowest } = slow
    findings.push({ kind: 'slow-mode', group, modes: [mode], blocking: false, message, slowest })
  }
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
  findings.push(...notRunFindings(group, legs))
  if (!comparingExitCodes) {
    for (const leg of legs.filter((l) => l.tests.length === 0 && !ranNoTest(l.command, l.status, 0))) {
      findings.push({
        kind: 'no-tests',
        group,
        modes: [leg.mode],
        blocking: false,
        message: `${leg.mode} reported no tests (exit code ${leg.status.exitCode ?? leg.status.signal})`,
      })
    }
  }
  for (const leg of legs) {
    const counts = leg.tests.outcomeCounts()
    if ((leg.status.signal || leg.status.timedOut) && counts.crashed + counts.hung === 0) {
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
  return findings
}
