import { execFile } from 'node:child_process'
import { writeFileSync } from 'node:fs'
import path from 'node:path'
import { promisify } from 'node:util'
import type { ExtensionModule } from '../results/probe-log.js'

const run = promisify(execFile)
const MAX_PROCESSES = 50

/**
 * The extension modules, among those a run loaded, that have not declared free-threading support:
 * each is imported in a fresh free-threaded interpreter without PYTHON_GIL, which turns the GIL back
 * on for an undeclared one. One process per culprit, since the GIL stays on once enabled.
 */
export async function findUndeclared(
  python: string,
  modules: ExtensionModule[],
  probeDir: string,
  workDir: string,
  env: NodeJS.ProcessEnv,
): Promise<string[]> {
  const candidates = modules.filter((m) => !m.stdlib).sort((a, b) => a.name.localeCompare(b.name))
  if (candidates.length === 0) return []
  const list = path.join(workDir, 'gil-check-modules.json')
  writeFileSync(list, JSON.stringify(candidates))
  const checkEnv = { ...env }
  for (const key of [
    'PYTHON_GIL',
    'SETUP_PYTHON_FT_PROBE',
    'SETUP_PYTHON_FT_DEADLINE',
    'SETUP_PYTHON_FT_HANG_SHARE',
    'PYTHONWARNINGS',
  ]) {
    delete checkEnv[key]
  }
  const undeclared: string[] = []
  let next = 0
  for (let processes = 0; next < candidates.length && processes < MAX_PROCESSES; processes++) {
    const script = path.join(probeDir, 'setup_python_ft_gilcheck.py')
    const { stdout } = await run(python, [script, list, String(next)], { env: checkEnv, cwd: workDir })
    const answer = JSON.parse(stdout.trim().split('\n').pop() ?? '{}') as { undeclared: string | null; next: number }
    if (answer.undeclared && !undeclared.includes(answer.undeclared)) undeclared.push(answer.undeclared)
    next = answer.next
  }
  return undeclared
}
