/**
 * Where the action keeps what is slow to make (the dependency caches of each build, the
 * ThreadSanitizer interpreter): on GitHub the Actions cache service through @actions/cache
 * (actions-cache.ts); `cache-dir` swaps in a directory, for self-hosted runners and the tests. A cache is
 * an optimisation: neither a restore nor a save that fails ever fails the run; each says why in one
 * warning and behaves as a miss.
 */
export interface CacheStore {
  /** Where entries go, for the log: "the Actions cache" or the directory. */
  readonly where: string
  /** Why it never saves, when it does not (a pull request's run: cache/read-only.ts). */
  readonly readOnly?: string
  /**
   * Restores paths (absolute) saved under key, or else under the newest key that starts with one of
   * restoreKeys. Returns the key it restored, or undefined on a miss or a failure (warned). All or
   * nothing: on a hit the paths hold exactly the entry, otherwise exactly what they held before.
   */
  restore(paths: string[], key: string, restoreKeys?: string[]): Promise<string | undefined>
  /** Saves paths under key; a key already saved is kept as it is. Whether it saved (a failure is warned). */
  save(paths: string[], key: string): Promise<boolean>
}
