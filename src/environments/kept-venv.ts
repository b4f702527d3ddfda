import { createHash } from 'node:crypto'
import { existsSync, readdirSync, readFileSync, realpathSync, statSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import type { InstallRecord } from '../dependencies/install-log.js'
import type { Venv } from './venv.js'

/*
 * A build's venv kept between runs (the command line): reused while what made it is unchanged —
 * the interpreter, the install command, the env, what the modes add (pytest-run-parallel) and the
 * project's dependency files. What the install did the first time is kept with it, for the report.
 */

/** The file in a kept venv that says what made it. */
export const KEPT_FILE = 'setup-python-ft-venv.json'

/** The files that pin a project's dependencies (as the dependency cache's default patterns, for pip and uv). */
const DEPENDENCY_FILE =
  /^(requirements.*\.txt|pyproject\.toml|setup\.py|setup\.cfg|uv\.lock|poetry\.lock|pylock(\..+)?\.toml|Pipfile\.lock)$/
/** Folders never searched: version control, environments, builds and caches. */
const SKIPPED = /^(\.|node_modules$|__pycache__$|build$|dist$|site-packages$|venv$)/
const DEPTH = 4

/** The project's dependency files, to DEPTH folders down, in a fixed order. */
export function dependencyFiles(root: string, depth = DEPTH): string[] {
  const found: string[] = []
  let entries: import('node:fs').Dirent[] = []
  try {
    entries = readdirSync(root, { withFileTypes: true })
  } catch {
    return found
  }
  for (const entry of entries.sort((a, b) => a.name.localeCompare(b.name))) {
    const full = path.join(root, entry.name)
    if (entry.isFile() && DEPENDENCY_FILE.test(entry.name)) found.push(full)
    else if (entry.isDirectory() && depth > 1 && !SKIPPED.test(entry.name))
      found.push(...dependencyFiles(full, depth - 1))
  }
  return found
}

export interface StampParts {
  /** The build's interpreter the venv was made from. */
  python: string
  install: string
  env: Record<string, string>
  /** What the modes install besides (name and version). */
  extras: string[]
  workDir: string
}

/** What made a venv, as one hash: a kept venv whose stamp differs is made again. */
export function venvStamp(parts: StampParts): string {
  const hash = createHash('sha256')
  const python = realpathSync(parts.python)
  const { size, mtimeMs } = statSync(python)
  hash.update(JSON.stringify([python, size, mtimeMs, parts.install, Object.entries(parts.env).sort(), parts.extras]))
  for (const file of dependencyFiles(parts.workDir)) {
    hash.update(`\0${path.relative(parts.workDir, file)}\0`)
    hash.update(readFileSync(file))
  }
  return hash.digest('hex')
}

interface KeptFile {
  stamp: string
  venv: Venv
  record: InstallRecord
  at: string
}

/** The kept venv in dir, if its stamp is this one and its interpreter is still there. */
export function keptVenv(dir: string, stamp: string): { venv: Venv; record: InstallRecord; at: string } | undefined {
  try {
    const kept = JSON.parse(readFileSync(path.join(dir, KEPT_FILE), 'utf8')) as KeptFile
    if (kept.stamp !== stamp || !existsSync(kept.venv.python) || !existsSync(kept.venv.purelib)) return undefined
    return { venv: kept.venv, record: kept.record, at: kept.at }
  } catch {
    return undefined
  }
}

/** Marks a venv whose install succeeded as kept under this stamp. */
export function keepVenv(venv: Venv, stamp: string, record: InstallRecord): void {
  // The dependency cache's outcome belongs to the run that restored it, not to the venv.
  const { cache: _cache, ...keptRecord } = record
  const kept: KeptFile = { stamp, venv, record: keptRecord, at: new Date().toISOString() }
  writeFileSync(path.join(venv.dir, KEPT_FILE), JSON.stringify(kept))
}
