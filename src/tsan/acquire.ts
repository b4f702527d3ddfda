import { execFile } from 'node:child_process'
import { existsSync, readFileSync } from 'node:fs'
import path from 'node:path'
import { promisify } from 'node:util'
import type { CacheStore } from '../cache/store.js'
import type { TsanInputs } from '../inputs/tsan.js'
import type { Platform } from '../platform/platform.js'
import * as core from '../runner/commands.js'
import { buildTsanInterpreter, checkTsanInterpreter } from './build.js'
import {
  compilerId,
  SUPPRESSIONS_IN_PREFIX,
  TSAN_MARKER,
  tsanCacheKey,
  tsanInstallDir,
  tsanPython,
} from './interpreter.js'

const run = promisify(execFile)

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
 * restored from the cache store, else built from source and saved. A version whose build fails is a
 * problem (an error with the log's tail); the other modes still run.
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
    // Complete, and made under this key: a recipe, flag or compiler change builds it again.
    const complete = () => {
      try {
        return JSON.parse(readFileSync(path.join(dir, TSAN_MARKER), 'utf8')).key === key
      } catch {
        return false
      }
    }
    const started = Date.now()
    const took = () => `${((Date.now() - started) / 1000).toFixed(1)} s`
    let restored = complete()
    if (restored) core.info(`ThreadSanitizer interpreter of ${version}: in the tool cache (${dir})`)
    else if ((await ctx.store.restore([dir], key)) && complete()) {
      restored = true
      core.info(`ThreadSanitizer interpreter of ${version}: restored ${key} from ${ctx.store.where} in ${took()}`)
    }
    try {
      if (!restored) {
        core.info(`ThreadSanitizer interpreter of ${version}: no cache entry ${key}; building it`)
        await buildTsanInterpreter(version, dir, { inputs: ctx.inputs, workDir: ctx.workDir, key })
        core.info(`ThreadSanitizer interpreter of ${version}: built in ${took()}`)
      }
      const python = tsanPython(dir, version)
      await checkTsanInterpreter(python)
      if (!restored && (await ctx.store.save([dir], key)))
        core.info(`ThreadSanitizer interpreter of ${version}: saved ${key} in ${ctx.store.where}`)
      const suppressions = path.join(dir, SUPPRESSIONS_IN_PREFIX)
      found.set(version, { python, suppressions: existsSync(suppressions) ? suppressions : undefined, restored })
    } catch (error) {
      ctx.problem(`modes: freethreaded-tsan could not get its interpreter for ${version}: ${(error as Error).message}`)
    }
  }
  return found
}
