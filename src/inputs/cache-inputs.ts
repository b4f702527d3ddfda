import { existsSync, statSync } from 'node:fs'
import path from 'node:path'
import {
  CACHE_TOOLS,
  DEFAULT_DEPENDENCY_FILES,
  type CacheTool,
  type DependencyCacheInput,
} from '../dependencies/dependency-cache.js'
import { InputError } from '../common/faults.js'
import type { InputReader } from './install-inputs.js'

/** A pattern relative to the workspace, as setup-python reads cache-dependency-path ("!" kept in front). */
function inWorkspace(pattern: string, workspace: string): string {
  const negated = pattern.startsWith('!')
  const bare = negated ? pattern.slice(1) : pattern
  return `${negated ? '!' : ''}${path.isAbsolute(bare) ? bare : path.join(workspace, bare)}`
}

/**
 * `cache` and `cache-dependency-path`: the tool whose cache each build keeps, and the hash of the files
 * that pin the dependencies, read before anything is installed. Listed files that match nothing are a
 * mistake; the default patterns matching nothing only leave the hash out of the key.
 */
export async function readDependencyCache(
  read: InputReader,
  workspace: string,
): Promise<DependencyCacheInput | undefined> {
  const tool = read('cache')
  const given = read('cache-dependency-path')
    .split('\n')
    .map((line) => line.trim())
    .filter(Boolean)
  if (!tool) {
    if (given.length > 0)
      throw new InputError('cache-dependency-path', 'keys the dependency cache, which is off: set cache to pip or uv')
    return undefined
  }
  if (!(CACHE_TOOLS as readonly string[]).includes(tool))
    throw new InputError('cache', `'${tool}' is not valid; use pip or uv, or leave it empty for no dependency cache`)
  const patterns = given.length > 0 ? given : DEFAULT_DEPENDENCY_FILES[tool as CacheTool]
  // @actions/glob brings @actions/core: loaded only when there is a cache to key.
  const { hashFiles } = await import('@actions/glob')
  const filesHash = await hashFiles(patterns.map((p) => inWorkspace(p, workspace)).join('\n'), workspace)
  if (!filesHash && given.length > 0)
    throw new InputError(
      'cache-dependency-path',
      `no file of the workspace matches ${given.join(', ')}; list the files that pin the dependencies (requirements.txt, pyproject.toml, uv.lock), relative to the workspace`,
    )
  return { tool: tool as CacheTool, patterns, filesHash }
}

/** `cache-dir`: a directory to keep caches in instead of the Actions cache service ('' for the service). */
export function cacheDirInput(read: InputReader, workspace: string): string {
  const value = read('cache-dir')
  if (!value) return ''
  const dir = path.resolve(workspace, value)
  if (existsSync(dir) && !statSync(dir).isDirectory())
    throw new InputError('cache-dir', `'${value}' is a file; give a directory (made if missing) to keep caches in`)
  return dir
}
