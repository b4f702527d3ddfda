import { createHash } from 'node:crypto'
import { existsSync, readdirSync, readFileSync, realpathSync, statSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import type { InstallRecord } from '../dependencies/install-log.js'
import type { Venv } from './venv.js'

/*
 * A build's venv reused by the next run (the command line) while what made it is unchanged: the
 * interpreter, the install command and the environment it ran in (`env`, pip's, uv's and the
 * compilers' variables), what the modes add (pytest-run-parallel), the project's dependency files
 * (and any file the install command names), the project's compiled sources and build files, and,
 * when the project is not installed editable, its Python files outside the tests. What the install
 * did the first time is kept with it, for the report.
 */

/** The file in a reusable venv that says what made it. */
export const REUSE_FILE = 'setup-python-ft-venv.json'

/** Files that pin or declare what an install puts in the venv. */
const DEPENDENCY_FILE =
  /^(.*requirements.*\.(txt|in)|constraints.*\.txt|pyproject\.toml|setup\.py|setup\.cfg|uv\.lock|poetry\.lock|pylock(\..+)?\.toml|Pipfile(\.lock)?|environment\.ya?ml)$/
/** Files a build compiles or is driven by: a change means the installed extension is out of date. */
const BUILT_FILE =
  /\.(c|h|cc|cpp|cxx|hh|hpp|pyx|pxd|pxi|rs|f|f90|f95|m|mm|cu)$|^(meson\.build|meson\.options|meson_options\.txt|CMakeLists\.txt|Cargo\.toml|Cargo\.lock|MANIFEST\.in)$/
/** A test file, or a folder of tests: not part of what `pip install .` installs (as a rule). */
const TEST_PATH = /^(tests?|testing)$|^test_.*\.py$|_test\.py$|^conftest\.py$/
/** Folders never searched: version control, environments, builds and caches. */
const SKIPPED = /^(\.|node_modules$|__pycache__$|build$|dist$|site-packages$|venv$|env$|target$)/
const DEPTH = 6
/** The environment of the install that changes what it installs or builds. */
const INSTALL_VARIABLE =
  /^(PIP_|UV_|SETUPTOOLS_|CMAKE_|MESON|CC$|CXX$|CPP$|LD$|[A-Z]*FLAGS$|PKG_CONFIG_PATH$|PYTHONPATH$)/

/**
 * Whether an install command installs the project editable (its Python files are read in place):
 * pip's -e, and uv sync, poetry install and pdm install, which do unless told --no-editable.
 */
export function editableInstall(install: string): boolean {
  if (/(^|\s)(-e|--editable)(\s|=|$)/.test(install)) return true
  return /\b(uv\s+sync|poetry\s+install|pdm\s+(install|sync))\b/.test(install) && !/--no-editable\b/.test(install)
}

/** The files an install command names after -r, -c, --requirement or --constraint. */
export function namedFiles(install: string, workDir: string): string[] {
  const named = [...install.matchAll(/(?:^|\s)(?:-r|-c|--requirements?|--constraints?)(?:\s+|=)("[^"]+"|'[^']+'|\S+)/g)]
  return named.map((m) => path.resolve(workDir, m[1]!.replace(/^["']|["']$/g, '')))
}

interface Found {
  dependencies: string[]
  sources: string[]
}

/** The project's dependency files and the sources whose changes need a new install, in a fixed order. */
export function projectFiles(
  root: string,
  editable: boolean,
  depth = DEPTH,
  within: { tests?: boolean; requirements?: boolean } = {},
): Found {
  const found: Found = { dependencies: [], sources: [] }
  let names: string[] = []
  try {
    names = readdirSync(root).sort()
  } catch {
    return found
  }
  for (const name of names) {
    const full = path.join(root, name)
    // stat, not the directory entry: a symlinked pyproject.toml is a file.
    const stats = statSync(full, { throwIfNoEntry: false })
    if (!stats) continue
    if (stats.isDirectory()) {
      if (depth <= 1 || SKIPPED.test(name)) continue
      const inner = projectFiles(full, editable, depth - 1, {
        tests: within.tests === true || TEST_PATH.test(name),
        requirements: /requirements/.test(name),
      })
      found.dependencies.push(...inner.dependencies)
      found.sources.push(...inner.sources)
    } else if (DEPENDENCY_FILE.test(name) || (within.requirements && /\.(txt|in)$/.test(name)))
      found.dependencies.push(full)
    else if (BUILT_FILE.test(name) || (!editable && !within.tests && name.endsWith('.py') && !TEST_PATH.test(name)))
      found.sources.push(full)
  }
  return found
}

export interface StampParts {
  /** The build's interpreter the venv was made from. */
  python: string
  install: string
  /** The environment the install runs in (its install variables count), and the variables given for it (all count). */
  env: NodeJS.ProcessEnv
  given: Record<string, string>
  /** What the modes install besides (name and version). */
  extras: string[]
  workDir: string
}

/** What made a venv, as one hash: a reusable venv whose stamp differs is made again. */
export function venvStamp(parts: StampParts): string {
  const hash = createHash('sha256')
  const python = realpathSync(parts.python)
  const { size, mtimeMs } = statSync(python)
  const env = Object.entries(parts.env)
    .filter(([name]) => INSTALL_VARIABLE.test(name))
    .sort()
  const given = Object.entries(parts.given).sort()
  hash.update(JSON.stringify([python, size, mtimeMs, parts.install, env, given, parts.extras]))
  const { dependencies, sources } = projectFiles(parts.workDir, editableInstall(parts.install))
  // Dependency files by content; sources by size and time (a tree of thousands stays cheap to check).
  for (const file of [...new Set([...dependencies, ...namedFiles(parts.install, parts.workDir)])]) {
    hash.update(`\0${path.relative(parts.workDir, file)}\0`)
    hash.update(existsSync(file) ? readFileSync(file) : '(none)')
  }
  for (const file of sources) {
    const stats = statSync(file, { throwIfNoEntry: false })
    hash.update(`\0${path.relative(parts.workDir, file)}\0${stats?.size}\0${stats?.mtimeMs}`)
  }
  return hash.digest('hex')
}

interface ReuseFile {
  stamp: string
  venv: Venv
  record: InstallRecord
  at: string
}

/** The venv in dir, if it was marked reusable under this stamp and its interpreter is still there. */
export function reusableVenv(
  dir: string,
  stamp: string,
): { venv: Venv; record: InstallRecord; at: string } | undefined {
  try {
    const kept = JSON.parse(readFileSync(path.join(dir, REUSE_FILE), 'utf8')) as ReuseFile
    if (kept.stamp !== stamp || !existsSync(kept.venv.python) || !existsSync(kept.venv.purelib)) return undefined
    return { venv: kept.venv, record: kept.record, at: kept.at }
  } catch {
    return undefined
  }
}

/** Whether dir holds a venv whose install succeeded (marked reusable), whatever made it. */
export const installedVenv = (dir: string): boolean => existsSync(path.join(dir, REUSE_FILE))

/** Marks a venv whose install succeeded as reusable under this stamp. */
export function markReusable(venv: Venv, stamp: string, record: InstallRecord): void {
  // The dependency cache's outcome belongs to the run that restored it, not to the venv.
  const { cache: _cache, ...made } = record
  const file: ReuseFile = { stamp, venv, record: made, at: new Date().toISOString() }
  writeFileSync(path.join(venv.dir, REUSE_FILE), JSON.stringify(file))
}
