import { runsPytest } from '../inputs/command.js'
import { shellWord } from '../common/shell.js'
import { minorOf } from '../model/build.js'
import { type LegResult } from '../results/leg-file.js'
import { buildOf, type Mode } from '../model/mode.js'
import { isFailing, type Outcome } from '../model/outcome.js'
import type { DivergenceKind } from '../model/divergence.js'

/** The mode whose failure best shows a divergence, when several failed. */
const TELLING: readonly Mode[] = [
  'freethreaded',
  'freethreaded-stress',
  'standard',
  'standard-stress',
  'freethreaded-gil',
  'freethreaded-tsan',
]

/** The name a mode's interpreter has on PATH: python3.14, or python3.14t for the free-threaded build. */
export const pythonName = (version: string, mode: Mode): string =>
  `python${minorOf(version)}${buildOf(mode) === 'freethreaded' ? 't' : ''}`

/**
 * The command that reproduces a test's failure in one mode on a developer's machine: the
 * interpreter by its PATH name, PYTHON_GIL as the mode set it, and pytest down to the test id,
 * with the stress options for a stress mode. Undefined when the suite is not run by pytest or
 * the test's node id is unknown.
 */
export function reproduceCommand(nodeid: string | undefined, leg: LegResult): string | undefined {
  if (!nodeid || !runsPytest(leg.command)) return undefined
  const python = pythonName(leg.version, leg.mode)
  const words = [python, '-m', 'pytest', shellWord(nodeid)]
  if (leg.stress) {
    words.push(`--parallel-threads=${leg.stress.threads}`, `--iterations=${leg.stress.iterations}`)
  }
  const gil = leg.gil.pythonGil === null ? '' : `PYTHON_GIL=${leg.gil.pythonGil} `
  return `${gil}${words.join(' ')}`
}

/** The mode to reproduce a divergence in: the most telling one among those where it failed. */
export function reproduceMode(outcomes: Partial<Record<Mode, Outcome>>): Mode | undefined {
  return TELLING.find((mode) => outcomes[mode] !== undefined && isFailing(outcomes[mode]!))
}

/** Classes that show only now and then: the command line's form runs them until they fail. */
const NOW_AND_THEN: ReadonlySet<DivergenceKind> = new Set([
  'crashed',
  'hung',
  'races-without-gil',
  'stress-only',
  'undecided',
])
/** How many runs the command line's form allows a race that shows now and then. */
export const UNTIL_FAIL_RUNS = 100

/**
 * The same reproduction with the command line and the run's report (`setup-python-ft reproduce`): in
 * that mode's environment, with its PYTHON_GIL and stress options, and, for a class that shows only
 * now and then (or a flaky one), again until it fails. Undefined when there is no bare command.
 */
export function reportReproduceCommand(
  row: { nodeid?: string; reproduce?: string; kind?: DivergenceKind; flaky?: boolean },
  reportFile = 'report.json',
): string | undefined {
  if (!row.reproduce || !row.nodeid) return undefined
  const repeat = row.flaky === true || (row.kind !== undefined && NOW_AND_THEN.has(row.kind))
  const words = ['setup-python-ft', 'reproduce', shellWord(reportFile), shellWord(row.nodeid)]
  return `${words.join(' ')}${repeat ? ` --until-fail ${UNTIL_FAIL_RUNS}` : ''}`
}
