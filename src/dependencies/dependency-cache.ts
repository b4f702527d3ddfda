import { existsSync, readdirSync } from 'node:fs'
import path from 'node:path'
import type { CacheStore } from '../cache/cache-store.js'

/*
 * The dependency cache of each build: pip's or uv's cache folder, one per ABI (cp313 and cp313t never
 * share one), kept between runs through a CacheStore. The key holds the OS, the architecture, the
 * ABI, the exact interpreter version and the hash of the files that pin the dependencies, so a wheel
 * that pip or uv built from source for the free-threaded build is reused by the next run.
 */

export const CACHE_TOOLS = ['pip', 'uv'] as const
export type CacheTool = (typeof CACHE_TOOLS)[number]

/** The files whose content keys the cache when cache-dependency-path is not given. */
export const DEFAULT_DEPENDENCY_FILES: Record<CacheTool, string[]> = {
  pip: ['**/requirements*.txt', '**/pyproject.toml', '**/setup.py', '**/setup.cfg'],
  uv: ['**/uv.lock', '**/requirements*.txt', '**/pyproject.toml'],
}

/** The `cache` inputs, validated: the tool and the hash of the dependency files ('' when none matched). */
export interface DependencyCacheInput {
  tool: CacheTool
  patterns: string[]
  filesHash: string
}

/** One build's cache: its folder, the variable that points the tool at it, and its keys. */
export interface DependencyCache {
  abi: string
  dir: string
  env: Record<string, string>
  key: string
  /** Any earlier entry of this build and version: its wheels are still good for what did not change. */
  restoreKeys: string[]
}

export interface CacheOwner {
  os: string
  arch: string
  abi: string
  version: string
}

/**
 * The cache of one build. The folder is under the home directory, the same path on every run of a
 * runner, since the cache service files an entry under its paths as well as its key.
 */
export function dependencyCache(input: DependencyCacheInput, build: CacheOwner, home: string): DependencyCache {
  const dir = path.join(home, '.cache', 'setup-python-ft', input.tool, build.abi)
  const prefix = `setup-python-ft-${input.tool}-${build.os}-${build.arch}-${build.abi}-${build.version}-`
  return {
    abi: build.abi,
    dir,
    env: input.tool === 'pip' ? { PIP_CACHE_DIR: dir } : { UV_CACHE_DIR: dir },
    key: `${prefix}${input.filesHash || 'no-dependency-files'}`,
    restoreKeys: [prefix],
  }
}

/** What came of a build's cache: the key it wanted, the key it restored, and whether that was the one. */
export interface CacheOutcome {
  key: string
  restoredKey?: string
  hit: boolean
}

export async function restoreDependencyCache(store: CacheStore, cache: DependencyCache): Promise<CacheOutcome> {
  const restoredKey = await store.restore([cache.dir], cache.key, cache.restoreKeys)
  return { key: cache.key, ...(restoredKey ? { restoredKey } : {}), hit: restoredKey === cache.key }
}

/**
 * Saves a build's cache when its key missed and the folder holds something. Returns what to log.
 */
export async function saveDependencyCache(
  store: CacheStore,
  cache: DependencyCache,
  outcome: CacheOutcome,
): Promise<string> {
  if (outcome.hit) return `${cache.abi}: the cache was restored from ${cache.key}; nothing to save`
  if (!existsSync(cache.dir) || readdirSync(cache.dir).length === 0)
    return `${cache.abi}: ${cache.dir} is empty; nothing to save`
  const saved = await store.save([cache.dir], cache.key)
  return saved ? `${cache.abi}: saved ${cache.key} in ${store.where}` : `${cache.abi}: ${cache.key} was not saved`
}

/** The `cache-hit` outputs: per build (true when every version's key hit) and overall. */
export function cacheHitOutputs(outcomes: { build: string; outcome: CacheOutcome }[]): Record<string, string> {
  const all = (list: CacheOutcome[]) => String(list.length > 0 && list.every((o) => o.hit))
  const outputs: Record<string, string> = { 'cache-hit': all(outcomes.map((o) => o.outcome)) }
  for (const build of new Set(outcomes.map((o) => o.build)))
    outputs[`cache-hit-${build}`] = all(outcomes.filter((o) => o.build === build).map((o) => o.outcome))
  return outputs
}
