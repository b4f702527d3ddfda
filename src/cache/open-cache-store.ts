import { readOnly } from './read-only.js'
import type { CacheStore } from './cache-store.js'

/**
 * The store the inputs ask for: a directory, or the Actions cache service (loaded on demand); one
 * that never saves when the run may not (`readOnly`: why, as a pull request's run).
 */
export async function openCacheStore(
  cacheDir: string,
  log: { warn: (message: string) => void; info: (message: string) => void },
  readOnlyWhy?: string,
): Promise<CacheStore> {
  const store = cacheDir
    ? new (await import('./directory-cache.js')).DirectoryCache(cacheDir, log.warn)
    : new (await import('./actions-cache.js')).ActionsCache(log.warn)
  return readOnlyWhy ? readOnly(store, readOnlyWhy, log.info) : store
}
