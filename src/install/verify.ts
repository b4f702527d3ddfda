import { execFile } from 'node:child_process'
import path from 'node:path'
import { promisify } from 'node:util'
import type { Build } from '../model/build.js'
import type { OsName } from '../platform/platform.js'

const run = promisify(execFile)

export interface InterpreterFacts {
  version: string
  gilDisabledBuild: boolean
}

const PROBE =
  'import sys, sysconfig; print(sys.version.split()[0]); print(sysconfig.get_config_var("Py_GIL_DISABLED") or 0)'

/** Runs a freshly unpacked interpreter once and checks that it is the build it claims to be. */
export async function verifyInterpreter(
  python: string,
  prefix: string,
  os: OsName,
  build: Build,
): Promise<InterpreterFacts> {
  const env = { ...process.env }
  delete env.PYTHON_GIL
  delete env.PYTHONHOME
  delete env.PYTHONPATH
  if (os === 'linux') env.LD_LIBRARY_PATH = [path.join(prefix, 'lib'), env.LD_LIBRARY_PATH].filter(Boolean).join(':')
  let stdout: string
  try {
    ;({ stdout } = await run(python, ['-I', '-c', PROBE], { env, timeout: 60_000 }))
  } catch (error) {
    const stderr = String((error as { stderr?: string }).stderr ?? '').trim()
    throw new Error(`the unpacked interpreter ${python} does not start: ${stderr || (error as Error).message}`)
  }
  const [version, flag] = stdout.trim().split(/\r?\n/)
  const gilDisabledBuild = flag.trim() === '1'
  if (gilDisabledBuild !== (build === 'freethreaded')) {
    throw new Error(
      `${python} is a ${gilDisabledBuild ? 'free-threaded' : 'standard'} build, but the archive was listed as ${build}`,
    )
  }
  return { version, gilDisabledBuild }
}
