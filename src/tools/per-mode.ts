import { chmodSync, existsSync, mkdirSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { minorOf } from '../model/build.js'
import type { LegPlan } from '../model/leg.js'
import { uvEnvironment, type Venv } from '../environments/venv.js'

/*
 * The test runners projects already drive their suites with, made to run per mode. Modes run at the
 * same time in one working tree, so tox's and nox's work folders would be shared and raced; and a
 * tool that picks its own interpreter must pick the mode's. A uv project's environment is the mode's
 * venv (UV_PROJECT_ENVIRONMENT and UV_PYTHON: uv passes over a free-threaded interpreter unless
 * asked for it), so `uv run pytest` syncs the project's dependencies into it and runs there.
 */

/**
 * `nox` on the mode's PATH: the real nox, found further down PATH, with this mode's env folder.
 * nox has no environment variable for it; an --envdir of the command's own comes later and wins.
 */
const NOX_SHIM = `#!/bin/sh
# setup-python-ft: nox with this mode's own env folder ($SETUP_PYTHON_FT_NOX_ENVDIR).
set -f
IFS=:
for dir in $PATH; do
  if [ -n "$dir" ] && [ -f "$dir/nox" ] && [ -x "$dir/nox" ] && ! [ "$dir/nox" -ef "$0" ]; then
    exec "$dir/nox" --envdir "$SETUP_PYTHON_FT_NOX_ENVDIR" "$@"
  fi
done
echo "nox: command not found" >&2
exit 127
`

export interface ToolSetup {
  /** Variables for the mode's commands. */
  env: Record<string, string>
  /** A folder to put first on the mode's PATH, when the platform has one. */
  pathFirst?: string
  /** pytest options of the mode's own (PYTEST_ADDOPTS). */
  addopts: string[]
}

/** nox's name for the mode's build (3.13, 3.13t): python3.13 and python3.13t on the names folder. */
export function noxPython(plan: Pick<LegPlan, 'version' | 'build'>): string {
  return `${minorOf(plan.version)}${plan.build === 'freethreaded' ? 't' : ''}`
}

function noxOnPath(venv: Venv, pathValue: string): boolean {
  return [venv.bin, ...pathValue.split(path.delimiter)].some((dir) => dir && existsSync(path.join(dir, 'nox')))
}

/**
 * Makes the leg's tool folders under legDir and says how the mode's commands reach them: tox works
 * in <leg>/tox, nox in <leg>/nox and runs every session on the mode's build (NOXFORCEPYTHON), a uv
 * project's environment is the mode's venv. The modes run at once in one working tree, so what the
 * test tools write there is kept apart too: coverage's data file is .coverage.<mode> in the working
 * directory (pytest-cov erases and combines only its own; `coverage combine` joins them afterwards),
 * and hypothesis's example database is the leg's own. A leg that shares the working directory with
 * an earlier one (`isolation: shared`) keeps its pytest cache in its own folder too.
 */
export function toolSetup(
  plan: Pick<LegPlan, 'version' | 'build' | 'mode'>,
  legDir: string,
  venv: Venv,
  /** The PATH the mode's commands get after the venv's bin. */
  pathValue: string,
  workDir: string,
  sharesWorkDir = false,
): ToolSetup {
  const env: Record<string, string> = {
    COVERAGE_FILE: path.join(workDir, `.coverage.${plan.mode}`),
    HYPOTHESIS_STORAGE_DIRECTORY: path.join(legDir, 'hypothesis'),
    TOX_WORK_DIR: path.join(legDir, 'tox'),
    NOXFORCEPYTHON: noxPython(plan),
    SETUP_PYTHON_FT_NOX_ENVDIR: path.join(legDir, 'nox'),
    ...uvEnvironment(venv),
  }
  const addopts = sharesWorkDir ? [`-o "cache_dir=${path.join(legDir, 'pytest-cache').replace(/\\/g, '/')}"`] : []
  // Only where there is a nox to wrap: \`command -v nox\` must not find one that is not there.
  if (process.platform === 'win32' || !noxOnPath(venv, pathValue)) return { env, addopts }
  const bin = path.join(legDir, 'tools')
  mkdirSync(bin, { recursive: true })
  writeFileSync(path.join(bin, 'nox'), NOX_SHIM)
  chmodSync(path.join(bin, 'nox'), 0o755)
  return { env, addopts, pathFirst: bin }
}
