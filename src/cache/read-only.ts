import type { CacheStore } from './cache-store.js'

/**
 * A store that restores but never saves: a pull request's run (inputs/github-event.ts). What it
 * would have saved is named once in the log; nothing is written, so nothing a pull request built can
 * reach a later run of the branch.
 */
export function readOnly(store: CacheStore, reason: string, info: (message: string) => void): CacheStore {
  let told = false
  return {
    where: store.where,
    readOnly: reason,
    restore: (paths, key, restoreKeys) => store.restore(paths, key, restoreKeys),
    save(_paths, key) {
      if (!told) info(`cache: read-only (${reason}): nothing is saved to ${store.where}, starting with ${key}`)
      told = true
      return Promise.resolve(false)
    },
  }
}
