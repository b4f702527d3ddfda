// Jest's globalSetup for the integration project only: the integration tests run the ncc bundles
// in dist/, which `npm test` does not rebuild. When a source is newer than the oldest bundle (or a
// bundle is missing), this runs `npm run build` once, says why in one line, and stops the run with
// the build's output if the build fails. The top-level globalSetup (scratch.mjs) runs as before.
import { closeSync, mkdtempSync, openSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { spawnSync } from 'node:child_process'
import { fileURLToPath } from 'node:url'

/** What the bundles are built from; a folder stands for itself and everything under it. */
export const SOURCES = ['src', 'package.json', 'package-lock.json', 'tsconfig.json', 'scripts/copy-assets.mjs']

/** The entry bundles `npm run build` writes, all run by the integration tests. */
export const BUNDLES = ['dist/index.js', 'dist/matrix/index.js', 'dist/compare/index.js', 'dist/junit-worker/index.js']

function stat(file) {
  try {
    return statSync(file)
  } catch (error) {
    if (error.code === 'ENOENT') return undefined
    throw error
  }
}

/**
 * The most recently modified of the paths under root, folders included (a file removed or renamed
 * changes its folder's time), as { path, mtimeMs } with path relative to root; undefined when none
 * exists. Hidden entries and __pycache__ are not sources.
 */
export function newestSource(root, paths = SOURCES) {
  let newest
  const visit = (relative) => {
    const stats = stat(path.join(root, relative))
    if (!stats) return
    if (!newest || stats.mtimeMs > newest.mtimeMs) newest = { path: relative, mtimeMs: stats.mtimeMs }
    if (!stats.isDirectory()) return
    for (const name of readdirSync(path.join(root, relative))) {
      if (name.startsWith('.') || name === '__pycache__') continue
      visit(path.join(relative, name))
    }
  }
  for (const relative of paths) visit(relative)
  return newest
}

/** Each bundle as { path, mtimeMs }, mtimeMs undefined when it is missing. */
export function bundleTimes(root, bundles = BUNDLES) {
  return bundles.map((bundle) => ({ path: bundle, mtimeMs: stat(path.join(root, bundle))?.mtimeMs }))
}

/**
 * Why the bundles must be rebuilt, or undefined when they are fresh: a bundle is missing, or the
 * newest source was modified after the oldest bundle. Pure.
 */
export function staleReason(source, bundles) {
  const missing = bundles.find((bundle) => bundle.mtimeMs === undefined)
  if (missing) return `${missing.path} is missing`
  if (!source || bundles.length === 0) return undefined
  const oldest = bundles.reduce((a, b) => (b.mtimeMs < a.mtimeMs ? b : a))
  if (source.mtimeMs <= oldest.mtimeMs) return undefined
  const seconds = ((source.mtimeMs - oldest.mtimeMs) / 1000).toFixed(1)
  return `${source.path} is newer than ${oldest.path} (by ${seconds} s)`
}

/**
 * Runs `npm run build` (or another command) in root: { ok, output }, with stdout and stderr in the
 * order they were written.
 */
export function npmBuild(root, [command, ...args] = ['npm', 'run', 'build']) {
  const dir = mkdtempSync(path.join(tmpdir(), 'spft-build-'))
  const log = path.join(dir, 'build.log')
  try {
    const fd = openSync(log, 'w')
    let result
    try {
      result = spawnSync(command, args, { cwd: root, stdio: ['ignore', fd, fd], shell: process.platform === 'win32' })
    } finally {
      closeSync(fd)
    }
    const output = readFileSync(log, 'utf8')
    if (result.error) return { ok: false, output: `${output}${result.error.message}\n` }
    if (result.status === 0) return { ok: true, output }
    return { ok: false, output: `${output}(${command} exited with ${result.status ?? result.signal})\n` }
  } finally {
    rmSync(dir, { recursive: true, force: true })
  }
}

/**
 * Builds when the bundles are stale, printing one line that says why; throws with the build's
 * output when it fails. Returns whether it built.
 */
export function ensureFreshBundle({ root, build = npmBuild, log = (line) => process.stderr.write(`${line}\n`) }) {
  const reason = staleReason(newestSource(root), bundleTimes(root))
  if (!reason) return false
  log(`fresh-bundle: ${reason}: running npm run build before the integration tests`)
  const { ok, output } = build(root)
  if (!ok) {
    throw new Error(`npm run build failed (${reason}); the integration tests would run a stale bundle:\n${output}`)
  }
  return true
}

export default function globalSetup(_globalConfig, projectConfig) {
  const root = projectConfig?.rootDir ?? path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..')
  ensureFreshBundle({ root })
}
