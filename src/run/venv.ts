import { execFile } from 'node:child_process'
import { writeFileSync } from 'node:fs'
import path from 'node:path'
import { promisify } from 'node:util'

const run = promisify(execFile)

export interface Venv {
  dir: string
  bin: string
  python: string
}

/** The .pth that loads the GIL probe into every interpreter of the environment. */
export const PROBE_PTH = '_setup_python_ft_probe.pth'

/**
 * A virtual environment per build, so that cp3XY and cp3XYt wheels never mix. The probe directory
 * goes on sys.path through a .pth file, which also imports the probe (inert unless a run enables it).
 */
export async function createVenv(basePython: string, dir: string, probeDir: string): Promise<Venv> {
  const windows = process.platform === 'win32'
  await run(basePython, ['-m', 'venv', dir])
  const bin = path.join(dir, windows ? 'Scripts' : 'bin')
  const python = path.join(bin, windows ? 'python.exe' : 'python')
  const { stdout } = await run(python, ['-c', 'import sysconfig; print(sysconfig.get_path("purelib"))'])
  writeFileSync(path.join(stdout.trim(), PROBE_PTH), `${probeDir}\nimport setup_python_ft_probe\n`)
  return { dir, bin, python }
}

/**
 * The environment of a command run inside the venv, as `activate` would set it. PYTHON_GIL is left
 * to each mode: a value from the job never reaches a command, since 0 is fatal on the standard build.
 */
export function venvEnv(venv: Venv, base: NodeJS.ProcessEnv): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = { ...base, VIRTUAL_ENV: venv.dir }
  delete env.PYTHONHOME
  delete env.PYTHON_GIL
  const pathKey = Object.keys(env).find((key) => key.toUpperCase() === 'PATH') ?? 'PATH'
  env[pathKey] = [venv.bin, env[pathKey]].filter(Boolean).join(path.delimiter)
  return env
}
