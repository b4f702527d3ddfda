import { createHash } from 'node:crypto'
import { chmodSync, cpSync, existsSync, readFileSync, readdirSync, renameSync, rmSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { makeStaging, sweepStagingIn } from '../common/staging.js'
import { setAside, settle, type SetAside } from './set-aside.js'
import type { CacheStore } from './cache-store.js'

/** What an entry holds besides its copies: the key and the paths, in order (data/0, data/1, ...). */
interface Manifest {
  key: string
  paths: string[]
  savedAt: number
}

const MANIFEST = 'manifest.json'

/**
 * Entries kept per key family (the key up to its last '-': the OS, build and version, without the
 * hash of the dependency files or the recipe): a save removes the older ones beyond it, so that the
 * folder does not grow with every change of a lock file.
 */
const KEEP_PER_FAMILY = 3

/** The key without its last part: setup-python-ft-pip-linux-x64-cp314t-3.14.7- for ...-<hash>. */
const keyFamily = (key: string): string => key.slice(0, key.lastIndexOf('-') + 1)

/** An entry's folder: the key made safe for every filesystem, and a hash so that two keys never meet. */
export function entryName(key: string): string {
  const hash = createHash('sha256').update(key).digest('hex').slice(0, 12)
  return `${key.replace(/[^A-Za-z0-9._-]/g, '_').slice(0, 120)}-${hash}`
}

/**
 * Caches as folders of a directory (`cache-dir`), for self-hosted runners: <dir>/<entry>/manifest.json
 * and data/<n>, a copy of each path. An entry is written into a staging folder and renamed into place,
 * so a reader never sees half of one, and one left by a killed save is swept by the next save. As with
 * the Actions cache, an entry is never overwritten and only restores to the same paths.
 */
export class DirectoryCache implements CacheStore {
  constructor(
    private readonly dir: string,
    private readonly warn: (message: string) => void,
  ) {}

  get where(): string {
    return this.dir
  }

  private manifest(name: string): Manifest | undefined {
    try {
      return JSON.parse(readFileSync(path.join(this.dir, name, MANIFEST), 'utf8')) as Manifest
    } catch {
      return undefined
    }
  }

  /** The entry for key, else the newest whose key starts with a restore key, for these paths. */
  private find(paths: string[], key: string, restoreKeys: string[]): [string, Manifest] | undefined {
    const samePaths = (m: Manifest | undefined) => m !== undefined && JSON.stringify(m.paths) === JSON.stringify(paths)
    const exact = this.manifest(entryName(key))
    if (samePaths(exact) && exact!.key === key) return [entryName(key), exact!]
    if (restoreKeys.length === 0) return undefined
    const entries = this.entriesNewestFirst().filter(([, m]) => samePaths(m))
    for (const prefix of restoreKeys) {
      const found = entries.find(([, m]) => m.key.startsWith(prefix))
      if (found) return found
    }
    return undefined
  }

  /** Every whole entry (not one being written or pruned), newest first. */
  private entriesNewestFirst(): [string, Manifest][] {
    if (!existsSync(this.dir)) return []
    return readdirSync(this.dir)
      .filter((name) => !name.startsWith('.'))
      .map((name) => [name, this.manifest(name)] as [string, Manifest | undefined])
      .filter((entry): entry is [string, Manifest] => entry[1] !== undefined)
      .sort(([, a], [, b]) => b.savedAt - a.savedAt)
  }

  async restore(paths: string[], key: string, restoreKeys: string[] = []): Promise<string | undefined> {
    const found = this.find(paths, key, restoreKeys)
    if (!found) return undefined
    const [name, manifest] = found
    let aside: SetAside | undefined
    let restored: string | undefined
    try {
      aside = await setAside(paths)
      paths.forEach((target, index) => {
        const copy = path.join(this.dir, name, 'data', String(index))
        if (!existsSync(copy)) throw new Error(`${copy} is missing`)
        cpSync(copy, target, { recursive: true, preserveTimestamps: true, verbatimSymlinks: true, force: true })
      })
      restored = manifest.key
    } catch (error) {
      this.warn(`cache: could not restore ${manifest.key} from ${this.dir}: ${(error as Error).message}`)
    }
    return settle(aside, restored, this.warn)
  }

  /**
   * Removes the entries of key's family beyond the KEEP_PER_FAMILY newest. Each is renamed away first,
   * so a job restoring at that moment sees a whole entry or none.
   */
  private prune(key: string): void {
    const family = keyFamily(key)
    if (family === '') return
    const older = this.entriesNewestFirst()
      .filter(([, m]) => keyFamily(m.key) === family)
      .slice(KEEP_PER_FAMILY)
    for (const [name] of older) {
      const away = path.join(this.dir, `.${name}.pruned-${process.pid}`)
      try {
        renameSync(path.join(this.dir, name), away)
        rmSync(away, { recursive: true, force: true })
      } catch {
        // Another job pruned it first.
      }
    }
  }

  async save(paths: string[], key: string): Promise<boolean> {
    const finalDir = path.join(this.dir, entryName(key))
    if (existsSync(path.join(finalDir, MANIFEST))) return true
    let staging: string | undefined
    try {
      await sweepStagingIn(this.dir)
      staging = await makeStaging(finalDir)
      paths.forEach((source, index) =>
        cpSync(source, path.join(staging!, 'data', String(index)), {
          recursive: true,
          preserveTimestamps: true,
          verbatimSymlinks: true,
        }),
      )
      const manifest: Manifest = { key, paths, savedAt: Date.now() }
      writeFileSync(path.join(staging, MANIFEST), JSON.stringify(manifest, null, 2))
      // mkdtemp made it owner-only; a cache directory may be shared by the runners of a host.
      chmodSync(staging, 0o755)
      renameSync(staging, finalDir)
      this.prune(key)
      return true
    } catch (error) {
      if (staging) rmSync(staging, { recursive: true, force: true })
      // Another job saved the same key first: theirs is as good as ours.
      if (existsSync(path.join(finalDir, MANIFEST))) return true
      this.warn(`cache: could not save ${key} in ${this.dir}: ${(error as Error).message}`)
      return false
    }
  }
}
