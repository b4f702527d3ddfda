import path from 'node:path'
import type { Build } from '../model/build.js'
import type { OsName } from '../platform/platform.js'
import { pathDirs } from '../find/layout.js'
import type { SourceName } from '../sources/candidate.js'

/**
 * Where an interpreter came from: the tool cache already had it, or a source; on the command line
 * also the machine's own (a path given, PATH, uv's).
 */
export type InstalledSource = SourceName | 'tool-cache' | 'given' | 'PATH' | 'uv'

/** One interpreter the action made available. */
export interface Installed {
  /** The request it answers, as written. */
  entry: string
  version: string
  build: Build
  abi: string
  prefix: string
  python: string
  /** tool-cache for a hit, else the source it was downloaded from. */
  source: InstalledSource
  /** True when lib/ holds a shared libpython the loader must find (python-versions builds). */
  sharedLibpython: boolean
}

/**
 * LD_LIBRARY_PATH with the lib folder of each build whose libpython is shared (python-versions'
 * builds on Linux) before the one given, each once; undefined when nothing needs adding.
 */
export function libpythonPath(installed: Installed[], os: OsName, existing: string | undefined): string | undefined {
  if (os !== 'linux') return undefined
  const there = (existing ?? '').split(':')
  const libs = installed
    .filter((i) => i.sharedLibpython)
    .map((i) => path.join(i.prefix, 'lib'))
    .filter((dir) => !there.includes(dir))
  return libs.length > 0 ? [...libs, existing].filter(Boolean).join(':') : undefined
}

/** What the action hands to later steps. */
export interface Exports {
  path: string[]
  env: Record<string, string>
  outputs: Record<string, string>
  /** Per-interpreter environment files (path -> KEY=value lines) that a step can apply. */
  envFiles: Record<string, string>
  /**
   * The names folder, first on PATH (POSIX): name -> the program it links to. python3.X is the
   * standard build, python3.Xt the free-threaded one, python, python3, pip and pip3 the default.
   */
  names: { dir: string; links: Record<string, string[]> }
}

export const FREETHREADED_PYTHON_GIL = '0'

/** The Python version as setup-python prints it: 3.14.7, or 3.14.7t for the free-threaded build. */
export function displayVersion(item: Installed): string {
  return `${item.version}${item.build === 'freethreaded' ? 't' : ''}`
}

/**
 * What an extension build for this interpreter needs, beyond picking the interpreter: CMake's
 * FindPython hints, PyO3's interpreter, pkg-config, and on Windows Py_GIL_DISABLED for the
 * free-threaded ABI, because Windows' pyconfig.h is shared by both builds.
 */
export function buildEnvironment(item: Installed, os: OsName): Record<string, string> {
  const env: Record<string, string> = {
    pythonLocation: item.prefix,
    Python_ROOT_DIR: item.prefix,
    Python3_ROOT_DIR: item.prefix,
    Python_EXECUTABLE: item.python,
    Python3_EXECUTABLE: item.python,
    PYO3_PYTHON: item.python,
    PKG_CONFIG_PATH: path.join(item.prefix, 'lib', 'pkgconfig'),
  }
  if (item.build === 'freethreaded') env.PYTHON_GIL = FREETHREADED_PYTHON_GIL
  return { ...env, ...abiBuildFlags(item.build, os) }
}

/** Compiler flags an extension build needs for this ABI: on Windows, Py_GIL_DISABLED for cp3XYt. */
export function abiBuildFlags(build: Build, os: OsName): Record<string, string> {
  return build === 'freethreaded' && os === 'win32' ? { CL: '/DPy_GIL_DISABLED=1' } : {}
}

/** The interpreter whose `python` is first on PATH: the default build of the last entry. */
export function defaultInterpreter(installed: Installed[], defaultBuild: Build | undefined): Installed {
  const build = defaultBuild ?? (installed.some((i) => i.build === 'freethreaded') ? 'freethreaded' : 'standard')
  const last = installed[installed.length - 1]
  const sameEntry = installed.filter((i) => i.entry === last.entry)
  return sameEntry.find((i) => i.build === build) ?? installed.filter((i) => i.build === build).pop() ?? last
}

/**
 * The names tox, nox and users type, each for the build it means, as setup-python users expect them:
 * python3.X and pip3.X the standard build, python3.Xt and pip3.Xt the free-threaded one, python,
 * python3, pip and pip3 the default. In a free-threaded prefix python3.X is the free-threaded
 * binary, which tox takes for the standard py3X. Each name has its candidates in order: the first
 * that exists is linked (a build may ship only pip3, or only pip3.X).
 */
export function programNames(installed: Installed[], chosen: Installed, os: OsName): Record<string, string[]> {
  if (os === 'win32') return {}
  const links: Record<string, string[]> = {}
  const bin = (item: Installed, ...names: string[]) => names.map((name) => path.join(path.dirname(item.python), name))
  const suffix = (item: Installed) =>
    `${item.version.split('.').slice(0, 2).join('.')}${item.build === 'freethreaded' ? 't' : ''}`
  const pips = (item: Installed) => {
    const minor = item.version.split('.').slice(0, 2).join('.')
    return bin(item, ...new Set([`pip${suffix(item)}`, `pip${minor}`, 'pip3', 'pip']))
  }
  for (const item of installed) {
    links[`python${suffix(item)}`] = bin(item, `python${suffix(item)}`)
    links[`pip${suffix(item)}`] = pips(item)
  }
  for (const name of ['python', 'python3']) links[name] = [chosen.python]
  for (const name of ['pip', 'pip3']) links[name] = bin(chosen, 'pip3', 'pip', `pip${suffix(chosen)}`)
  return links
}

function envFileText(env: Record<string, string>): string {
  return Object.entries(env)
    .map(([key, value]) => `${key}=${value}\n`)
    .join('')
}

/**
 * Computes PATH entries, environment and outputs. PYTHON_GIL is never exported to the job: the
 * standard build dies at start-up on PYTHON_GIL=0. It is offered through outputs and env files.
 */
export function computeExports(
  installed: Installed[],
  defaultBuild: Build | undefined,
  os: OsName,
  pathSeparator: string,
  existing: { pkgConfigPath?: string; ldLibraryPath?: string },
  envFileDir: string,
): Exports {
  const chosen = defaultInterpreter(installed, defaultBuild)
  const outputs: Record<string, string> = {}
  const env: Record<string, string> = {}
  const envFiles: Record<string, string> = {}
  const pathEntries: string[] = []
  const described = []

  for (const item of installed) {
    const envFile = path.join(envFileDir, `${item.abi}.env`)
    envFiles[envFile] = envFileText(buildEnvironment(item, os))
    env[`PYTHON_${item.abi.toUpperCase()}`] = item.python
    env[`PYTHON_${item.build.toUpperCase()}`] = item.python
    outputs[`python-version-${item.build}`] = displayVersion(item)
    outputs[`python-path-${item.build}`] = item.python
    outputs[`abi-tag-${item.build}`] = item.abi
    outputs[`env-file-${item.build}`] = envFile
    if (item.build === 'freethreaded') outputs['python-gil-freethreaded'] = FREETHREADED_PYTHON_GIL
    described.push({
      'python-version': displayVersion(item),
      version: item.version,
      build: item.build,
      abi: item.abi,
      'python-path': item.python,
      prefix: item.prefix,
      source: item.source,
      'python-gil': item.build === 'freethreaded' ? FREETHREADED_PYTHON_GIL : null,
      'env-file': envFile,
    })
  }
  // PATH, in core.addPath order (each call prepends): the chosen build of every entry, the default
  // interpreter last so that it ends up first; bin/ after the prefix, as setup-python does.
  const onPath = installed.filter((i) => i.build === chosen.build && i !== chosen)
  for (const item of [...onPath, chosen]) pathEntries.push(...pathDirs(item.prefix, os))

  for (const [key, value] of Object.entries(buildEnvironment(chosen, os))) {
    if (key !== 'PYTHON_GIL' && key !== 'CL') env[key] = value
  }
  env.Python2_ROOT_DIR = chosen.prefix
  env.PKG_CONFIG_PATH = [env.PKG_CONFIG_PATH, existing.pkgConfigPath].filter(Boolean).join(pathSeparator)
  const libraryPath = libpythonPath(installed, os, existing.ldLibraryPath)
  if (libraryPath) env.LD_LIBRARY_PATH = libraryPath
  outputs['python-version'] = displayVersion(chosen)
  outputs['python-path'] = chosen.python
  outputs['abi-tag'] = chosen.abi
  outputs['interpreters'] = JSON.stringify(described)
  const names = { dir: path.join(path.dirname(envFileDir), 'bin'), links: programNames(installed, chosen, os) }
  if (Object.keys(names.links).length > 0) pathEntries.push(names.dir)
  return { path: pathEntries, env, outputs, envFiles, names }
}
