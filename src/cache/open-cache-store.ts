import type { CacheStore } from './cache-store.js'

/** The store the inputs ask for: a directory, or the Actions cache service (loaded on demand). */
export async function openCacheStore(cacheDir: string, warn: (message: string) => void): Promise<CacheStore> {
  if (cacheDir) {
    const { DirectoryCache } = await import('./directory-cache.js')
    return new DirectoryCache(cacheDir, warn)
  }
  const { ActionsCache } = await import('./actions-cache.js')
  return new ActionsCache(warn)
}
