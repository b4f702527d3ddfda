import { runsPytest } from '../inputs/command.js'
import { minorOf } from '../model/build.js'
import { type LegResult } from '../results/leg-file.js'
import { buildOf, type Mode } from '../model/mode.js'
import { isFailing, type Outcome } from '../model/outcome.js'

/** The mode whose failure best shows a divergence, when several failed. */
const TELLING: readonly Mode[] = [
  'freethreaded',
  'freethreaded-stress',
  'standard',
  'standard-stress',
  'freethreaded-gil',
  'freethreaded-tsan',
]

/** Quotes a word for a POSIX shell when it needs it. */
function shellWord(word: string): string {
  return /^[\w@%+=:,./-]+$/.test(word) ? word : `'${word.replace(/'/g, `'\\''`)}'`
}

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
