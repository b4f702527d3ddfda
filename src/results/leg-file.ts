import { ResultsFileError } from '../common/faults.js'
import { closeSync, openSync, readFileSync, readSync, writeSync } from 'node:fs'
import { MODES, type Mode, type StressSettings } from '../model/mode.js'
import type { GilReport, LegStatus, PlaceCheck } from '../model/leg.js'
import { OUTCOMES, type Outcome, type TestResult } from '../model/outcome.js'
import { TestList } from './test-list.js'
import type { Dependency } from '../dependencies/readiness.js'
import type { InstallRecord } from '../dependencies/install-log.js'
import type { TsanFinding } from '../tsan/report.js'

/*
 * One leg: one mode of one Python version, run once. Written as leg.json in the leg's directory, the
 * documented form (docs/report.md, "Leg results") that the single-job run compares in memory and that the
 * matrix legs upload for the compare job.
 */

export const LEG_SCHEMA = 'setup-python-ft/leg@1'

export interface LegResult {
  schema: typeof LEG_SCHEMA
  /** Legs are compared within a group: the Python version, plus the OS in a matrix. */
  group: string
  mode: Mode
  version: string
  abi: string
  os: string
  arch: string
  command: string
  status: LegStatus
  gil: GilReport
  /** Stress modes: the threads and iterations each test ran with. */
  stress?: StressSettings
  /** In leg.json, an array of TestResult. */
  tests: TestList
  /** Outcomes of reruns of divergent tests, by test id. */
  reruns: Record<string, Outcome[]>
  /** Divergent tests this mode failed, each rerun alone here and in the other place, by test id. */
  placeCheck?: Record<string, PlaceCheck>
  /** The distributions installed in the mode's venv after the run, by normalized name: version. */
  packages?: Record<string, string>
  /** How each third-party distribution came for this ABI, and which turn the GIL back on. */
  dependencies?: Dependency[]
  /** The project's own extension modules (installed from its folder) that the run never imported. */
  untestedExtensions?: string[]
  /** What the build's `install` did: its time, what it built from source, its dependency cache. */
  install?: InstallRecord
  /** freethreaded-tsan: ThreadSanitizer's reports, gathered by place, with the tests they fired in. */
  tsan?: TsanFinding[]
  /** Problems met while running or reading results, already shown as warnings. */
  warnings: string[]
}

function check(condition: unknown, file: string, reason: string): asserts condition {
  if (!condition) throw new ResultsFileError(file, reason)
}

/** Checks the shape of a parsed leg.json, so that a broken upload gets one clear error. */
export function validateLeg(value: unknown, file: string): LegResult {
  check(value && typeof value === 'object', file, 'not a JSON object')
  const leg = value as Partial<LegResult>
  check(leg.schema === LEG_SCHEMA, file, `schema must be '${LEG_SCHEMA}', found ${JSON.stringify(leg.schema)}`)
  check(typeof leg.group === 'string' && leg.group, file, 'group must be a non-empty string')
  check(MODES.includes(leg.mode as Mode), file, `mode must be one of ${MODES.join(', ')}`)
  check(typeof leg.version === 'string', file, 'version must be a string')
  check(leg.status && typeof leg.status === 'object', file, 'status is missing')
  check(leg.gil && typeof leg.gil === 'object', file, 'gil is missing')
  const array = (leg as { tests?: unknown }).tests
  check(Array.isArray(array), file, 'tests must be an array')
  const tests = new TestList()
  for (const [index, test] of (array as TestResult[]).entries()) {
    check(
      test && typeof test.id === 'string' && OUTCOMES.includes(test.outcome),
      file,
      `tests[${index}] needs an id and an outcome (${OUTCOMES.join(', ')})`,
    )
    tests.push(test)
  }
  const packages = (leg as { packages?: unknown }).packages
  check(
    packages === undefined ||
      (packages !== null &&
        typeof packages === 'object' &&
        !Array.isArray(packages) &&
        Object.values(packages).every((v) => typeof v === 'string')),
    file,
    'packages must be an object of distribution names and versions',
  )
  const dependencies = (leg as { dependencies?: unknown }).dependencies
  check(
    dependencies === undefined ||
      (Array.isArray(dependencies) &&
        dependencies.every((d) => d && typeof d.name === 'string' && typeof d.wheel === 'string')),
    file,
    'dependencies must be an array of {name, version, wheel}',
  )
  const untested = (leg as { untestedExtensions?: unknown }).untestedExtensions
  check(
    untested === undefined || (Array.isArray(untested) && untested.every((name) => typeof name === 'string')),
    file,
    'untestedExtensions must be an array of module names',
  )
  for (const list of ['enabledBy', 'undeclared', 'extensions'] as const) {
    check(Array.isArray(leg.gil[list]), file, `gil.${list} must be an array`)
  }
  return { ...leg, tests, reruns: leg.reruns ?? {}, warnings: leg.warnings ?? [] } as LegResult
}

export function readLegFile(file: string): LegResult {
  let text: string
  try {
    text = readFileSync(file, 'utf8')
  } catch (error) {
    throw new ResultsFileError(file, `cannot be read (${(error as NodeJS.ErrnoException).code ?? error})`)
  }
  let parsed: unknown
  try {
    parsed = JSON.parse(text)
  } catch (error) {
    throw new ResultsFileError(file, `not valid JSON: ${(error as Error).message}`)
  }
  return validateLeg(parsed, file)
}

/**
 * The group and mode of a leg.json, read from its head when it was written as writeLegFile writes
 * (everything before the tests), else from the whole file: the compare job plans its groups from
 * these and reads each group's tests only when it compares that group.
 */
export function readLegHead(file: string): Pick<LegResult, 'group' | 'mode'> & { file: string } {
  let head: Partial<LegResult> | undefined
  try {
    const fd = openSync(file, 'r')
    try {
      const buffer = Buffer.alloc(64 * 1024)
      const text = buffer.subarray(0, readSync(fd, buffer, 0, buffer.length, 0)).toString('utf8')
      const end = text.indexOf(',"tests":[')
      if (end > 0) head = JSON.parse(`${text.slice(0, end)}}`) as Partial<LegResult>
    } finally {
      closeSync(fd)
    }
  } catch {
    head = undefined
  }
  if (typeof head?.group !== 'string' || !MODES.includes(head.mode as Mode)) head = readLegFile(file)
  return { group: head.group!, mode: head.mode!, file }
}

/**
 * Writes leg.json a thousand tests at a time: a leg of a million tests never becomes one string.
 * The same JSON as JSON.stringify(leg), with tests, reruns and warnings last.
 */
export function writeLegFile(leg: LegResult, file: string): void {
  const { tests, reruns, warnings, ...head } = leg
  const fd = openSync(file, 'w')
  try {
    writeSync(fd, `${JSON.stringify(head).slice(0, -1)},"tests":[`)
    for (let at = 0; at < tests.length; at += 1000) {
      const chunk: string[] = []
      for (let i = at; i < Math.min(at + 1000, tests.length); i++) chunk.push(tests.json(i))
      writeSync(fd, `${at > 0 ? ',' : ''}${chunk.join(',')}`)
    }
    writeSync(fd, `],"reruns":${JSON.stringify(reruns)},"warnings":${JSON.stringify(warnings)}}`)
  } finally {
    closeSync(fd)
  }
}
