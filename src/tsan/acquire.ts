import { execFile } from 'node:child_process'
import { existsSync, readFileSync, rmdirSync, rmSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { promisify } from 'node:util'
import type { CacheStore } from '../cache/cache-store.js'
import { completeMarker } from '../common/complete-marker.js'
import { lockFolder } from '../common/staging.js'
import type { TsanInputs } from '../inputs/tsan-inputs.js'
import type { Platform } from '../platform/platform.js'
import * as core from '../common/workflow-commands.js'
import { buildTsanInterpreter, checkTsanInterpreter } from './build-interpreter.js'
import {
  compilerId,
  SUPPRESSIONS_IN_PREFIX,
  TSAN_MARKER,
  tsanCacheKey,
  tsanInstallDir,
  tsanPython,
} from './interpreter.js'

const run = promisify(execFile)

/** How long a job waits for another that is building the same interpreter (a cold build on 2 cores: minutes). */
const LOCK_TIMEOUT_MS = 2 * 3600_000

/** The interpreter of the freethreaded-tsan mode for one version. */
export interface TsanInterpreter {
  python: string
  /** CPython's free-threading suppressions, from the same source tree. */
  suppressions: string | undefined
  /** Restored (from the cache or the tool cache) rather than built by this run. */
  restored: boolean
}

export interface AcquireContext {
  inputs: TsanInputs
  toolCache: string
  platform: Platform
  store: CacheStore
  /** Where sources are built (under RUNNER_TEMP). */
  workDir: string
  /** Reports a version whose interpreter could not be had: its mode does not run. */
  problem: (message: string) => void
}

/** The compiler configure will pick: $CC, else cc. */
async function compiler(): Promise<string> {
  const cc = process.env.CC?.split(' ')[0] || 'cc'
  try {
    const { stdout } = await run(cc, ['--version'])
    return compilerId(stdout)
  } catch {
    return 'no-compiler'
  }
}

/**
 * The TSan interpreter of each version: from the tool cache when a run on this runner made it, else
 * restored from the cache store, else built from source and saved; made under a lock beside the
 * folder, and marked complete (<arch>.complete, holding the key) only once it starts. A version whose
 * build fails is a problem (an error with the log's tail); the other modes still run.
 */
export async function acquireTsanInterpreters(
  versions: string[],
  ctx: AcquireContext,
): Promise<Map<string, TsanInterpreter>> {
  const found = new Map<string, TsanInterpreter>()
  const cc = await compiler()
  for (const version of versions) {
    const dir = tsanInstallDir(ctx.toolCache, version, ctx.platform.arch)
    const key = tsanCacheKey({ os: ctx.platform.os, arch: ctx.platform.arch, version, compiler: cc })
    const marker = completeMarker(dir)
    const madeUnderKey = (file: string) => {
      try {
        return JSON.parse(readFileSync(file, 'utf8')).key === key
      } catch {
        return false
      }
    }
    // Complete (the marker beside the folder is written last, once it starts), and made under this
    // key: a recipe, flag or compiler change builds it again; half a restore has no marker.
    const complete = () => existsSync(dir) && madeUnderKey(marker)
    const started = Date.now()
    const took = () => `${((Date.now() - started) / 1000).toFixed(1)} s`
    let release: (() => Promise<void>) | undefined
    try {
      let restored = complete()
      if (!restored) {
        // Another job on this tool cache may be making it: wait for it rather than remove its copy.
        release = await lockFolder(dir, LOCK_TIMEOUT_MS, (holder) =>
          core.info(`ThreadSanitizer interpreter of ${version}: waiting for ${holder}, which is making ${dir}`),
        )
        restored = complete()
      }
      if (restored) core.info(`ThreadSanitizer interpreter of ${version}: in the tool cache (${dir})`)
      else {
        // Whatever is there is half a restore or another key's: it goes.
        rmSync(marker, { force: true })
        rmSync(dir, { recursive: true, force: true })
        if ((await ctx.store.restore([dir], key)) && madeUnderKey(path.join(dir, TSAN_MARKER))) {
          restored = true
          core.info(`ThreadSanitizer interpreter of ${version}: restored ${key} from ${ctx.store.where} in ${took()}`)
        } else {
          rmSync(dir, { recursive: true, force: true })
          core.info(`ThreadSanitizer interpreter of ${version}: no cache entry ${key}; building it`)
          await buildTsanInterpreter(version, dir, { inputs: ctx.inputs, workDir: ctx.workDir, key })
          core.info(`ThreadSanitizer interpreter of ${version}: built in ${took()}`)
        }
      }
      const python = tsanPython(dir, version)
      await checkTsanInterpreter(python)
      // A read-only run's (a pull request's) own build is used, then left without its complete
      // marker: no later run of the branch trusts what it built.
      const { readOnly } = ctx.store
      if (!complete() && (restored || !readOnly)) writeFileSync(marker, JSON.stringify({ key }))
      if (!restored && readOnly)
        core.info(
          `ThreadSanitizer interpreter of ${version}: built by a read-only run (${readOnly}): not kept for later runs`,
        )
      if (!restored && (await ctx.store.save([dir], key)))
        core.info(`ThreadSanitizer interpreter of ${version}: saved ${key} in ${ctx.store.where}`)
      const suppressions = path.join(dir, SUPPRESSIONS_IN_PREFIX)
      found.set(version, { python, suppressions: existsSync(suppressions) ? suppressions : undefined, restored })
    } catch (error) {
      ctx.problem(`modes: freethreaded-tsan could not get its interpreter for ${version}: ${(error as Error).message}`)
    } finally {
      await release?.()
      // A failed build or restore leaves no empty <tool>/<version> folders in the tool cache; a
      // folder another job has just put its lock in is not empty, and stays.
      for (const parent of [path.dirname(dir), path.dirname(path.dirname(dir))]) {
        try {
          rmdirSync(parent)
        } catch {
          break
        }
      }
    }
  }
  return found
}
