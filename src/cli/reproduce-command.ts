import { spawnSync } from 'node:child_process'
import { existsSync } from 'node:fs'
import { which } from '@actions/io'
import { buildOf, MODES, type Mode } from '../model/mode.js'
import { abiTag } from '../model/build.js'
import { projectDir, reusedVenvPython, userCacheDir } from './state-dir.js'
import { isFailing } from '../model/outcome.js'
import { pythonName, reproduceMode } from '../compare/reproduce.js'
import type { ReportFile, ReportGroup, ReportTest } from '../report/report-file.js'
import { CliError } from './cli-error.js'

/*
 * `setup-python-ft reproduce report.json TEST`: the one test, in the mode where it diverged, with
 * that mode's PYTHON_GIL and stress options, on this machine; with --until-fail N, again and again
 * until it fails or N runs pass (the loop that makes a race that fails 1 run in 10 show itself).
 */

export interface ReproduceOptions {
  mode?: string
  /** The interpreter given (--interpreter). */
  interpreter?: string
  /** The project's folder, whose last run's venvs are looked for. */
  workDir: string
  untilFail: number
  /** Where output goes. */
  out: (text: string) => void
}

/** The test by its id or node id (or the end of one), with its group. */
function findTest(report: ReportFile, wanted: string): { test: ReportTest; group: ReportGroup } {
  const matches = report.groups.flatMap((group) =>
    group.tests
      .filter((t) => t.id === wanted || t.nodeid === wanted || (t.nodeid ?? '').endsWith(wanted))
      .map((test) => ({ test, group })),
  )
  if (matches.length === 0)
    throw new CliError(2, `test: ${wanted} is not in the report; give its id or node id as the report lists it`)
  const divergent = matches.filter((m) => m.test.divergence && m.test.divergence !== 'common')
  return (divergent[0] ?? matches[0])!
}

/**
 * The interpreter: --interpreter, else the mode's venv that this project's last `run` kept (its
 * dependencies installed), else python3.X(t) on PATH.
 */
async function interpreterFor(
  version: string,
  mode: Mode,
  given: string | undefined,
  workDir: string,
): Promise<string> {
  if (given) {
    if (!existsSync(given)) throw new CliError(3, `--interpreter: ${given} does not exist`)
    return given
  }
  const venvKey = `${abiTag(version, buildOf(mode))}${mode === 'freethreaded-tsan' ? '-tsan' : ''}`
  // Only a venv whose install succeeded.
  const venv = reusedVenvPython(projectDir(userCacheDir(), workDir), venvKey)
  if (venv) return venv
  const name = pythonName(version, mode)
  const found = await which(name, false)
  if (!found)
    throw new CliError(
      3,
      `no ${name} on PATH and no ${venvKey} venv of a run here: run setup-python-ft run first, install it (uv python install ${name.slice('python'.length)}) or give --interpreter`,
    )
  return found
}

/** Runs the test until it fails or `untilFail` runs pass; the exit code: 1 when it failed, 0 when not. */
export async function reproduce(report: ReportFile, wanted: string, options: ReproduceOptions): Promise<number> {
  const { test, group } = findTest(report, wanted)
  if (options.mode !== undefined && !MODES.includes(options.mode as Mode))
    throw new CliError(2, `--mode: '${options.mode}' is not a mode; use ${MODES.join(', ')}`)
  const mode =
    (options.mode as Mode | undefined) ?? reproduceMode(test.outcomes) ?? (Object.keys(test.outcomes)[0] as Mode)
  const row = group.modes.find((m) => m.mode === mode)
  if (!row)
    throw new CliError(
      2,
      `--mode: ${mode} did not run in ${group.group}; its modes: ${group.modes.map((m) => m.mode).join(', ')}`,
    )
  const python = await interpreterFor(row.version, mode, options.interpreter, options.workDir)
  const args = ['-m', 'pytest', test.nodeid ?? test.id, '-p', 'no:cacheprovider', '-q']
  if (row.stress) args.push(`--parallel-threads=${row.stress.threads}`, `--iterations=${row.stress.iterations}`)
  const env = { ...process.env }
  delete env.PYTHON_GIL
  if (row.gil.pythonGil !== null) env.PYTHON_GIL = row.gil.pythonGil
  const gil = row.gil.pythonGil === null ? '' : `PYTHON_GIL=${row.gil.pythonGil} `
  options.out(`${mode} in ${group.group}: ${gil}${python} ${args.join(' ')}\n`)
  const runs = Math.max(1, options.untilFail)
  for (let run = 1; run <= runs; run++) {
    const result = spawnSync(python, args, { env, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 })
    if (result.error) throw new CliError(3, `${python} could not start: ${result.error.message}`)
    // pytest's 2 to 5: interrupted, an internal or usage error, nothing collected: the test did not run.
    if (result.status !== null && result.status >= 2 && result.status <= 5) {
      options.out(`${result.stdout}${result.stderr}`)
      throw new CliError(
        3,
        `the test did not run (pytest exit ${result.status}): run from the project's folder, in an environment that has it installed, or give --interpreter`,
      )
    }
    const failed = result.status !== 0 || result.signal !== null
    if (failed) {
      options.out(`${result.stdout}${result.stderr}`)
      const how = result.signal ? `crashed (${result.signal})` : `failed (exit ${result.status})`
      options.out(`\n${how} on run ${run}${runs > 1 ? ` of at most ${runs}` : ''}: reproduced\n`)
      return 1
    }
    if (runs === 1) options.out(result.stdout)
  }
  const was = Object.entries(test.outcomes)
    .filter(([, o]) => o && isFailing(o))
    .map(([m, o]) => `${o} in ${m}`)
  options.out(
    `passed ${runs} of ${runs} runs: not reproduced here${was.length ? ` (in the report: ${was.join(', ')})` : ''}\n`,
  )
  return 0
}
