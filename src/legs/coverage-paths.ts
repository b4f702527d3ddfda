import { execFile } from 'node:child_process'
import { existsSync, readdirSync } from 'node:fs'
import path from 'node:path'
import { promisify } from 'node:util'
import { venvEnv } from '../environments/venv.js'
import type { LegContext } from './segments.js'

const run = promisify(execFile)

/**
 * A leg that ran in a copy of the tree measured the copy's files; its coverage data (COVERAGE_FILE,
 * .coverage.<mode> in the working directory, and the parallel files beside it) is made to name the
 * tree's own, so that `coverage combine` and `coverage report` find the sources once the copy is gone.
 * Returns how many paths changed.
 */
export async function coverageToOriginalPaths(ctx: LegContext): Promise<number> {
  const copy = ctx.tree.copy
  const file = ctx.tools.env.COVERAGE_FILE
  // A COVERAGE_FILE of the `env` input is the user's to place.
  if (!copy || !file || ctx.inputs.env.COVERAGE_FILE !== undefined) return 0
  const dir = path.dirname(file)
  const name = path.basename(file)
  if (!existsSync(dir)) return 0
  const files = readdirSync(dir)
    .filter((entry) => entry === name || entry.startsWith(`${name}.`))
    .map((entry) => path.join(dir, entry))
  if (files.length === 0) return 0
  const script = path.join(ctx.probeDir, 'setup_python_ft_coverage.py')
  const { stdout } = await run(ctx.venv.python, [script, copy.root, copy.of, ...files], {
    env: venvEnv(ctx.venv, ctx.baseEnv),
  })
  return Number(stdout.trim()) || 0
}
