import { setAside, settle, type SetAside } from './set-aside.js'
import type { CacheStore } from './cache-store.js'

/**
 * The Actions cache service, through @actions/cache (loaded on first use: it brings the Azure SDK).
 * The library already turns a failed transfer into a warning and a miss; this adds what it leaves
 * out: a service this job cannot reach, a save that did not happen, and a restore that is all or
 * nothing (paths.ts).
 */
export class ActionsCache implements CacheStore {
  readonly where = 'the Actions cache'
  private unavailable = false

  constructor(private readonly warn: (message: string) => void) {}

  private async library(): Promise<typeof import('@actions/cache') | undefined> {
    const cache = await import('@actions/cache')
    if (cache.isFeatureAvailable()) return cache
    if (!this.unavailable)
      this.warn(
        'cache: the Actions cache service is not available to this job (no ACTIONS_RESULTS_URL or ACTIONS_CACHE_URL); on a self-hosted runner, set cache-dir to keep caches in a directory',
      )
    this.unavailable = true
    return undefined
  }

  async restore(paths: string[], key: string, restoreKeys: string[] = []): Promise<string | undefined> {
    const cache = await this.library()
    if (!cache) return undefined
    let aside: SetAside | undefined
    let restored: string | undefined
    try {
      // Only an entry that exists sets the folders there aside: a miss leaves them as they are.
      if (!(await cache.restoreCache(paths, key, restoreKeys, { lookupOnly: true }))) return undefined
      aside = await setAside(paths)
      // A failed extraction (a warning of the library's, and a miss) may have left part of the archive.
      restored = await cache.restoreCache(paths, key, restoreKeys)
    } catch (error) {
      this.warn(`cache: could not restore ${key}: ${(error as Error).message}`)
    }
    return settle(aside, restored, this.warn)
  }

  async save(paths: string[], key: string): Promise<boolean> {
    const cache = await this.library()
    if (!cache) return false
    try {
      if ((await cache.saveCache(paths, key)) !== -1) return true
      this.warn(`cache: ${key} was not saved in the Actions cache (see above); the next run starts without it`)
    } catch (error) {
      this.warn(`cache: could not save ${key}: ${(error as Error).message}`)
    }
    return false
  }
}
