import path from 'node:path'
import type { StressSettings } from '../model/mode.js'
import { spawnLogged } from '../common/process.js'
import type { Venv } from '../environments/venv.js'

/*
 * Thread stress runs every test in several threads at once through pytest-run-parallel, the
 * free-threading community's plugin: the action writes no threading harness of its own.
 */

/** The distribution, and the version the action installs when the project does not bring its own. */
export const RUN_PARALLEL = 'pytest-run-parallel'
export const RUN_PARALLEL_VERSION = '0.10.0'

/**
 * The pytest options of a stress mode. --ignore-gil-enabled keeps the session going when an
 * extension turns the GIL back on (gil: detect): the action's probe reports where instead.
 */
export function stressOptions(stress: StressSettings): string {
  return `--parallel-threads=${stress.threads} --iterations=${stress.iterations} --ignore-gil-enabled`
}

/**
 * Installs pytest-run-parallel into a build's venv unless `install` already brought it. Returns
 * why it could not, or undefined.
 */
export async function ensureRunParallel(
  venv: Venv,
  env: NodeJS.ProcessEnv,
  logFile: string,
  deadline: number,
): Promise<string | undefined> {
  const options = { cwd: path.dirname(venv.dir), env, logFile, deadline }
  const present = await spawnLogged({ file: venv.python, args: ['-c', 'import pytest_run_parallel'] }, options)
  if (present.exitCode === 0) return undefined
  const pip = ['-m', 'pip', 'install', '--disable-pip-version-check', `${RUN_PARALLEL}==${RUN_PARALLEL_VERSION}`]
  const installed = await spawnLogged({ file: venv.python, args: pip }, options)
  if (installed.exitCode === 0) return undefined
  return installed.spawnError ?? `pip exited ${installed.exitCode ?? installed.signal}`
}
