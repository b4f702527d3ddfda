import { rmSync } from 'node:fs'
import path from 'node:path'
import type { RunInputs } from '../inputs/run-inputs.js'
import { isStress } from '../results/leg.js'
import { ensureRunParallel, RUN_PARALLEL_VERSION } from '../stress/run-parallel.js'
import type { LegPlan } from './legs.js'
import { replayLog } from './log.js'
import { runLogged } from './process.js'
import { shellInvocation } from './shell.js'
import { createVenv, placePluginDists, venvEnv, type Venv } from './venv.js'
import { uvEnvironment } from '../tools/per-mode.js'
import type { CacheStore } from '../cache/store.js'
import { restoreBuildCache, type BuildCache } from '../dependencies/cache.js'
import { isInstallEvent, readInstallLog, type InstallRecord, type TimedLine } from '../dependencies/install-log.js'
import * as core from '../runner/commands.js'

export interface PrepareOptions {
  inputs: RunInputs
  /** The run's folder: venv/<environment> and install-<environment>.log go here. */
  root: string
  workDir: string
  probeDir: string
  /** The environment of a build's commands, before the venv goes on top. */
  baseEnv: (leg: LegPlan) => NodeJS.ProcessEnv
  /** Reports what keeps a build's modes from running. */
  problem: (message: string) => void
  /** Each build's dependency cache and where it is kept, when `cache` is set. */
  dependencyCache?: { store: CacheStore; of: (environment: string) => BuildCache }
}

/** The venvs that are ready, and what each one's install did, by LegPlan.environment. */
export interface Prepared {
  venvs: Map<string, Venv>
  installs: Map<string, InstallRecord>
}

/**
 * Runs the `install` command in a build's venv, then, for a build with a stress mode, makes sure
 * pytest-run-parallel is there. Why it failed (or undefined), and what it built from source.
 */
async function runInstall(
  venv: Venv,
  environment: string,
  env: NodeJS.ProcessEnv,
  stress: boolean,
  options: PrepareOptions,
) {
  const logFile = path.join(options.root, `install-${environment}.log`)
  rmSync(logFile, { force: true })
  const { inputs } = options
  const started = Date.now()
  const deadline = started + inputs.timeoutSeconds * 1000
  const commandEnv = venvEnv(venv, { ...env, ...uvEnvironment(venv) })
  const events: TimedLine[] = []
  let failed: string | undefined
  if (inputs.install) {
    const result = await runLogged(shellInvocation(inputs.shell, inputs.install, venv.python), {
      cwd: options.workDir,
      env: commandEnv,
      logFile,
      deadline,
      onLine: (text) => {
        if (isInstallEvent(text)) events.push({ at: Date.now(), text })
      },
    })
    if (result.exitCode !== 0) failed = result.spawnError ?? `exit ${result.exitCode ?? result.signal}`
  }
  if (!failed && stress) {
    const why = await ensureRunParallel(venv, commandEnv, logFile, deadline)
    if (why) failed = `pytest-run-parallel ${RUN_PARALLEL_VERSION} could not be installed for the stress modes: ${why}`
  }
  replayLog(`Install for ${environment}: ${failed ?? 'exit 0'}`, logFile, `[install ${environment}] `)
  const record: InstallRecord = { seconds: (Date.now() - started) / 1000, ...readInstallLog(events) }
  return { failed, record }
}

/**
 * One virtual environment per build, created at the same time, then the `install` command in each,
 * one build after the other: two builds of one source tree must not share a build folder at once.
 * Returns the venvs that are ready, by environment (the ABI, or cp3XYt-tsan).
 */
export async function prepareVenvs(legs: LegPlan[], options: PrepareOptions): Promise<Prepared> {
  const firstLegOf = new Map<string, LegPlan>()
  for (const leg of legs) if (!firstLegOf.has(leg.environment)) firstLegOf.set(leg.environment, leg)
  const created = await Promise.all(
    [...firstLegOf].map(async ([environment, leg]) => {
      const dir = path.join(options.root, 'venv', environment)
      rmSync(dir, { recursive: true, force: true })
      try {
        return [environment, await createVenv(leg.python, dir, options.probeDir)] as const
      } catch (error) {
        options.problem(`Could not create the virtual environment for ${environment}: ${(error as Error).message}`)
        return undefined
      }
    }),
  )
  const venvs = new Map<string, Venv>()
  const installs = new Map<string, InstallRecord>()
  for (const [environment, venv] of created.filter((entry) => entry !== undefined)) {
    const env = options.baseEnv(firstLegOf.get(environment)!)
    const stress = legs.some((leg) => leg.environment === environment && isStress(leg.mode))
    const cache = options.dependencyCache
    const restored = cache ? await restoreBuildCache(cache.store, cache.of(environment)) : undefined
    if (restored) core.info(`Dependency cache of ${environment}: ${describeRestore(restored)}`)
    const { failed, record } =
      options.inputs.install || stress
        ? await runInstall(venv, environment, env, stress, options)
        : { failed: undefined, record: { seconds: 0, built: [], reused: [] } }
    installs.set(environment, { ...record, ...(restored ? { cache: restored } : {}) })
    if (failed) options.problem(`install: failed for ${environment} (${failed}); its modes did not run`)
    else {
      // An exact sync (uv sync, pip-sync) removes what its lock does not list: the plugins go back.
      placePluginDists(venv.purelib)
      venvs.set(environment, venv)
    }
  }
  return { venvs, installs }
}

function describeRestore(outcome: { key: string; restoredKey?: string; hit: boolean }): string {
  if (outcome.hit) return `restored ${outcome.key}`
  if (outcome.restoredKey) return `restored ${outcome.restoredKey} (an earlier entry; ${outcome.key} will be saved)`
  return `no entry for ${outcome.key}; it will be saved after the run`
}
