import { existsSync } from 'node:fs'
import {
  chmod,
  link,
  mkdir,
  mkdtemp,
  readdir,
  readFile,
  rename,
  rm,
  rmdir,
  stat,
  unlink,
  utimes,
  writeFile,
} from 'node:fs/promises'
import { hostname } from 'node:os'
import path from 'node:path'
import { setTimeout as sleep } from 'node:timers/promises'
import { completeMarker } from './complete-marker.js'
import { stagingOwner } from './staging-name.js'

const RACE_CODES = new Set(['ENOTEMPTY', 'EEXIST', 'EPERM', 'EACCES', 'EBUSY'])

/*
 * Staging folders are named .<arch>.partial-<pid>@<host>-<random> (staging-name.ts): on the same
 * host, the pid tells a live one from a leftover. One from another host (a shared tool cache, a
 * container with its own process ids) is never judged.
 */

const host = () => hostname().replace(/[^\w.-]/g, '_')

/**
 * A fresh staging folder beside the final one, on the same filesystem so the rename is atomic. It
 * carries this process's pid, so that a later install can tell it was left by a killed one.
 */
export async function makeStaging(finalDir: string): Promise<string> {
  await mkdir(path.dirname(finalDir), { recursive: true })
  return mkdtemp(path.join(path.dirname(finalDir), `.${path.basename(finalDir)}.partial-${process.pid}@${host()}-`))
}

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0)
    return true
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM'
  }
}

/** Told of a leftover that could not be removed (still written into, or changing under us), and why. */
export type OnLeft = (name: string, reason: string) => void

/**
 * Removes one leftover staging folder. The killed process's own children (an extraction) may still
 * be writing into it for a moment, so that the removal meets new files (ENOTEMPTY): it is tried a few
 * times, then left to a later run. Returns whether it is gone.
 */
async function removeLeftover(folder: string): Promise<string | undefined> {
  let reason = ''
  for (let attempt = 0; attempt < 3; attempt++) {
    try {
      await rm(folder, { recursive: true, force: true, maxRetries: 2, retryDelay: 100 })
      return undefined
    } catch (error) {
      reason = (error as NodeJS.ErrnoException).code ?? (error as Error).message
      await sleep(250)
    }
  }
  return reason
}

/**
 * Removes the staging folders that were left in dir by a process that is gone (a killed install or
 * cache save); never one whose process is alive. One that cannot be removed yet is left (onLeft is
 * told), for a later run. Returns the names it removed.
 */
export async function sweepStagingIn(dir: string, onLeft: OnLeft = () => undefined): Promise<string[]> {
  const removed: string[] = []
  for (const name of await readdir(dir).catch(() => [] as string[])) {
    const owner = stagingOwner(name)
    if (!owner || owner.host !== host() || alive(owner.pid)) continue
    const left = await removeLeftover(path.join(dir, name))
    if (left === undefined) removed.push(name)
    else onLeft(name, left)
  }
  return removed
}

/**
 * Removes the staging folders that installs killed mid-way left in this tool cache's Python folder
 * (their process is gone); never one whose process is alive. Returns what it removed.
 */
export async function sweepStaleStaging(toolCache: string, onLeft: OnLeft = () => undefined): Promise<string[]> {
  const pythonDir = path.join(toolCache, 'Python')
  const removed: string[] = []
  for (const version of await readdir(pythonDir).catch(() => [] as string[])) {
    const left = (name: string, reason: string) => onLeft(path.join(version, name), reason)
    for (const name of await sweepStagingIn(path.join(pythonDir, version), left)) removed.push(path.join(version, name))
  }
  return removed
}

/** A lock whose holder stopped refreshing it this long ago is left over (a host that is gone). */
const LOCK_STALE_MS = 5 * 60_000
const LOCK_REFRESH_MS = 30_000

/**
 * Holds <dir>.lock while this process makes dir (builds or restores it), so that two jobs sharing a
 * tool cache never remove each other's copy. The lock names its holder (pid@host) from the moment it
 * exists (written aside, then linked into place), and its holder refreshes its time. One left by a
 * process of this host that is gone, or not refreshed for 5 minutes (a container or host that is
 * gone), is taken over; while a live one holds it, this waits, calling onWait once, up to timeoutMs.
 * Resolves to the release, which removes the lock only while it is still this process's.
 */
export async function lockFolder(
  dir: string,
  timeoutMs: number,
  onWait: (holder: string) => void,
): Promise<() => Promise<void>> {
  const lock = `${dir}.lock`
  const me = `${process.pid}@${host()}`
  const deadline = Date.now() + timeoutMs
  let waited = false
  for (;;) {
    await mkdir(path.dirname(dir), { recursive: true })
    const mine = `${lock}.${process.pid}-${Math.random().toString(36).slice(2)}`
    await writeFile(mine, me)
    try {
      await link(mine, lock)
      const refresh = setInterval(() => {
        const now = new Date()
        utimes(lock, now, now).catch(() => undefined)
      }, LOCK_REFRESH_MS)
      refresh.unref()
      return async () => {
        clearInterval(refresh)
        if ((await readFile(lock, 'utf8').catch(() => '')) === me) await unlink(lock).catch(() => undefined)
      }
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code
      if (code !== 'EEXIST' && code !== 'ENOENT') throw error
    } finally {
      await unlink(mine).catch(() => undefined)
    }
    const holder = (await readFile(lock, 'utf8').catch(() => '')).trim()
    const [pid, holderHost] = holder.split('@')
    const age = Date.now() - ((await stat(lock).catch(() => undefined))?.mtimeMs ?? Date.now())
    if ((holder !== '' && holderHost === host() && !alive(Number(pid))) || age > LOCK_STALE_MS) {
      // Taken aside under a name of our own: of two processes taking over, only one gets it, and a
      // lock another process made meanwhile is put back.
      const aside = `${lock}.stale-${process.pid}-${Math.random().toString(36).slice(2)}`
      if (
        await rename(lock, aside).then(
          () => true,
          () => false,
        )
      ) {
        if ((await readFile(aside, 'utf8').catch(() => '')).trim() !== holder)
          await link(aside, lock).catch(() => undefined)
        await unlink(aside).catch(() => undefined)
      }
      continue
    }
    if (Date.now() > deadline)
      throw new Error(`${dir} is still being made by ${holder} after ${Math.round(timeoutMs / 60_000)} min (${lock})`)
    if (!waited) onWait(holder)
    waited = true
    await sleep(1000)
  }
}

async function waitForFile(file: string, timeoutMs: number): Promise<boolean> {
  const deadline = Date.now() + timeoutMs
  while (Date.now() < deadline) {
    if (existsSync(file)) return true
    await sleep(100)
  }
  return existsSync(file)
}

/**
 * Moves a finished staging folder into place and writes the .complete marker. When another process
 * won the race, its tree is kept and ours is dropped; a tree left without a marker by a crash is
 * replaced. Returns whether ours was placed.
 */
export async function placeAtomically(staging: string, finalDir: string): Promise<'placed' | 'existing'> {
  const marker = completeMarker(finalDir)
  for (let attempt = 0; attempt < 3; attempt++) {
    if (existsSync(marker)) {
      await rm(staging, { recursive: true, force: true })
      return 'existing'
    }
    try {
      // mkdtemp made it owner-only; the tree below keeps the archive's own permissions.
      await chmod(staging, 0o755)
      await rename(staging, finalDir)
      await writeFile(marker, '')
      return 'placed'
    } catch (error) {
      if (!RACE_CODES.has((error as NodeJS.ErrnoException).code ?? '')) throw error
    }
    if (await waitForFile(marker, 15_000)) continue
    const stale = `${finalDir}.${process.pid}.stale`
    await rename(finalDir, stale).catch(() => undefined)
    await rm(stale, { recursive: true, force: true })
  }
  throw new Error(`could not move ${staging} into ${finalDir}`)
}

/** Removes what a failed install left: the staging folder, and the version folder if now empty. */
export async function discardStaging(staging: string): Promise<void> {
  await rm(staging, { recursive: true, force: true })
  const versionDir = path.dirname(staging)
  try {
    if ((await readdir(versionDir)).length === 0) await rmdir(versionDir)
  } catch {
    // another process may be using it
  }
}
