import { execFile } from 'node:child_process'
import { mkdirSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { promisify } from 'node:util'
import { PLUGIN_DISTS } from '../dependencies/plugin-dists.js'

const run = promisify(execFile)

export interface Venv {
  dir: string
  bin: string
  python: string
  /** Its site-packages, where the probe's .pth and the plugin distributions go. */
  purelib: string
}

/** The .pth that loads the GIL probe into every interpreter of the environment. */
export const PROBE_PTH = '_setup_python_ft_probe.pth'

/**
 * pytest and tox load the action's plugins through entry points of small distributions placed in
 * the venv, so only a pytest or tox running in this venv sees them. (An environment variable such
 * as PYTEST_PLUGINS would reach the pytest of every environment that tox, nox, uv or hatch makes,
 * and there the plugin cannot be imported.)
 */
export function placePluginDists(purelib: string): void {
  for (const dist of PLUGIN_DISTS) {
    const folder = `${dist.name.replace(/-/g, '_')}-1.0.dist-info`
    const dir = path.join(purelib, folder)
    mkdirSync(dir, { recursive: true })
    const files: Record<string, string> = {
      METADATA: `Metadata-Version: 2.1\nName: ${dist.name}\nVersion: 1.0\nSummary: The ${dist.half} half of setup-python-ft's probe, placed by the action\n`,
      'entry_points.txt': `[${dist.group}]\nsetup_python_ft = ${dist.module}\n`,
      INSTALLER: 'setup-python-ft\n',
    }
    for (const [name, text] of Object.entries(files)) writeFileSync(path.join(dir, name), text)
    const record = [...Object.keys(files), 'RECORD'].map((name) => `${folder}/${name},,`)
    writeFileSync(path.join(dir, 'RECORD'), `${record.join('\n')}\n`)
  }
}

/**
 * A virtual environment per build, so that cp3XY and cp3XYt wheels never mix. The probe directory
 * goes on sys.path through a .pth file, which also imports the probe (inert unless a run enables it),
 * and pytest and tox find their plugins through entry points of the venv (placePluginDists).
 */
export async function createVenv(basePython: string, dir: string, probeDir: string): Promise<Venv> {
  const windows = process.platform === 'win32'
  await run(basePython, ['-m', 'venv', dir])
  const bin = path.join(dir, windows ? 'Scripts' : 'bin')
  const python = path.join(bin, windows ? 'python.exe' : 'python')
  const { stdout } = await run(python, ['-c', 'import sysconfig; print(sysconfig.get_path("purelib"))'])
  const venv = { dir, bin, python, purelib: stdout.trim() }
  reviveVenv(venv, probeDir)
  return venv
}

/** Puts the probe's .pth and the plugin distributions into a venv (a new one, or one kept from an earlier run). */
export function reviveVenv(venv: Venv, probeDir: string): void {
  writeFileSync(path.join(venv.purelib, PROBE_PTH), `${probeDir}\nimport setup_python_ft_probe\n`)
  placePluginDists(venv.purelib)
}

/**
 * The environment of a command run inside the venv, as `activate` would set it. PYTHON_GIL is left
 * to each mode: a value from the job never reaches a command, since 0 is fatal on the standard build.
 */
export function venvEnv(venv: Venv, base: NodeJS.ProcessEnv): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = { ...base, VIRTUAL_ENV: venv.dir }
  delete env.PYTHONHOME
  delete env.PYTHON_GIL
  return withPathFirst(env, venv.bin)
}

/** The environment with dir first on its PATH (whatever case the platform spells PATH in). */
export function withPathFirst(env: NodeJS.ProcessEnv, dir: string): NodeJS.ProcessEnv {
  const pathKey = Object.keys(env).find((key) => key.toUpperCase() === 'PATH') ?? 'PATH'
  return { ...env, [pathKey]: [dir, env[pathKey]].filter(Boolean).join(path.delimiter) }
}

/** uv's settings for a build's venv, for `install` (uv sync, uv pip) as for the run. */
export function uvEnvironment(venv: Venv): Record<string, string> {
  return { UV_PROJECT_ENVIRONMENT: venv.dir, UV_PYTHON: venv.python }
}
