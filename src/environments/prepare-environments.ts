import { rmSync } from 'node:fs'
import path from 'node:path'
import type { RunInputs } from '../inputs/run-inputs.js'
import type { LegPlan } from '../model/leg.js'
import { replayLog } from '../common/log.js'
import { spawnLogged } from '../common/process.js'
import { shellInvocation } from '../common/shell.js'
import { createVenv, placePluginDists, reviveVenv, venvEnv, type Venv } from './venv.js'
import { markReusable, reusableVenv, venvStamp } from './venv-reuse.js'
import { uvEnvironment } from './venv.js'
import type { CacheStore } from '../cache/cache-store.js'
import { restoreDependencyCache, type DependencyCache } from '../dependencies/dependency-cache.js'
import { isInstallEvent, readInstallLog, type InstallRecord, type TimedLine } from '../dependencies/install-log.js'
import * as core from '../common/workflow-commands.js'
import type { PackageIndex } from '../dependencies/package-index.js'
import { upgradeText } from '../dependencies/upgrades.js'

export interface PrepareOptions {
  inputs: RunInputs
  /** The run's folder: venv/<venvKey> and install-<venvKey>.log go here. */
  root: string
  workDir: string
  probeDir: string
  /** The environment of a build's commands, before the venv goes on top. */
  baseEnv: (leg: LegPlan) => NodeJS.ProcessEnv
  /** Reports what keeps a build's modes from running. */
  problem: (message: string) => void
  /** Each build's dependency cache and where it is kept, when `cache` is set. */
  dependencyCache?: { store: CacheStore; of: (venvKey: string) => DependencyCache }
  /** What the modes of a venv need in it besides `install` (the stress modes: pytest-run-parallel). */
  extrasOf: (venvKey: string) => InstallExtra[]
  /** Asked, when a dependency's build from source failed the install, for its first release with a wheel. */
  packageIndex?: PackageIndex
  /**
   * Keep each venv for the next run (venv-reuse.ts), and, unless `reuse` is false, reuse one kept
   * whose install is unchanged (false: make them again, and keep those).
   */
  keep?: { reuse: boolean }
}

/** Something a mode needs installed in its venv after the `install` command (src/modes). */
export interface InstallExtra {
  /** What it installs and for which modes, for the line that says it failed: pytest-run-parallel 0.10.0 for the stress modes. */
  name: string
  for: string
  /** Installs it unless it is there; why it could not, or undefined. */
  ensure(venv: Venv, env: NodeJS.ProcessEnv, logFile: string, deadline: number): Promise<string | undefined>
}

/** The venvs that are ready, and what each one's install did, by venv key. */
export interface Prepared {
  venvs: Map<string, Venv>
  installs: Map<string, InstallRecord>
}

/**
 * Runs the `install` command in a build's venv, then what its modes need besides (extras). Why it
 * failed (or undefined), and what it built from source.
 */
async function runInstall(
  venv: Venv,
  venvKey: string,
  env: NodeJS.ProcessEnv,
  extras: InstallExtra[],
  options: PrepareOptions,
) {
  const logFile = path.join(options.root, `install-${venvKey}.log`)
  rmSync(logFile, { force: true })
  const { inputs } = options
  const started = Date.now()
  const deadline = started + inputs.timeoutSeconds * 1000
  const commandEnv = venvEnv(venv, { ...env, ...uvEnvironment(venv) })
  const events: TimedLine[] = []
  let failed: string | undefined
  if (inputs.install) {
    const result = await spawnLogged(shellInvocation(inputs.shell, inputs.install, venv.python), {
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
  for (const extra of extras) {
    if (failed) break
    const why = await extra.ensure(venv, commandEnv, logFile, deadline)
    if (why) failed = `${extra.name} could not be installed for ${extra.for}: ${why}`
  }
  replayLog(`Install for ${venvKey}: ${failed ?? 'exit 0'}`, logFile, `[install ${venvKey}] `)
  const record: InstallRecord = { seconds: (Date.now() - started) / 1000, ...readInstallLog(events) }
  return { failed, record }
}

/** A build's venv in the run's folder. */
export const venvDirOf = (root: string, venvKey: string): string => path.join(root, 'venv', venvKey)

/**
 * One virtual environment per venv key, created at the same time, then the `install` command in each,
 * one build after the other: two builds of one source tree must not share a build folder at once.
 * Returns the venvs that are ready, by venv key (the ABI, or cp3XYt-tsan).
 */
export async function prepareVenvs(legs: LegPlan[], options: PrepareOptions): Promise<Prepared> {
  const firstLegOf = new Map<string, LegPlan>()
  for (const leg of legs) if (!firstLegOf.has(leg.venvKey)) firstLegOf.set(leg.venvKey, leg)
  const stampOf = (venvKey: string) =>
    venvStamp({
      python: firstLegOf.get(venvKey)!.python,
      install: options.inputs.install,
      env: options.baseEnv(firstLegOf.get(venvKey)!),
      given: options.inputs.env,
      extras: options.extrasOf(venvKey).map((extra) => extra.name),
      workDir: options.workDir,
    })
  const reuse = options.keep?.reuse === true
  const stamps = new Map(reuse ? [...firstLegOf.keys()].map((key) => [key, stampOf(key)] as const) : [])
  const venvs = new Map<string, Venv>()
  const installs = new Map<string, InstallRecord>()
  const fresh = new Map<string, LegPlan>()
  for (const [venvKey, leg] of firstLegOf) {
    const stamp = stamps.get(venvKey)
    const reused = stamp ? reusableVenv(venvDirOf(options.root, venvKey), stamp) : undefined
    if (!reused) {
      fresh.set(venvKey, leg)
      continue
    }
    reviveVenv(reused.venv, options.probeDir)
    core.info(
      `Environment of ${venvKey}: reused, as made on ${reused.at} (its install, dependency files and sources are unchanged)`,
    )
    venvs.set(venvKey, reused.venv)
    installs.set(venvKey, { ...reused.record, seconds: 0 })
  }
  const created = await Promise.all(
    [...fresh].map(async ([venvKey, leg]) => {
      const dir = venvDirOf(options.root, venvKey)
      rmSync(dir, { recursive: true, force: true })
      try {
        return [venvKey, await createVenv(leg.python, dir, options.probeDir)] as const
      } catch (error) {
        options.problem(`Could not create the virtual environment for ${venvKey}: ${(error as Error).message}`)
        return undefined
      }
    }),
  )
  for (const [venvKey, venv] of created.filter((entry) => entry !== undefined)) {
    const env = options.baseEnv(firstLegOf.get(venvKey)!)
    const extras = options.extrasOf(venvKey)
    const cache = options.dependencyCache
    const restored = cache ? await restoreDependencyCache(cache.store, cache.of(venvKey)) : undefined
    if (restored) core.info(`Dependency cache of ${venvKey}: ${describeRestore(restored)}`)
    const { failed, record } =
      options.inputs.install || extras.length > 0
        ? await runInstall(venv, venvKey, env, extras, options)
        : { failed: undefined, record: { seconds: 0, built: [], reused: [] } }
    installs.set(venvKey, { ...record, ...(restored ? { cache: restored } : {}) })
    if (failed) {
      const causes = await failedBuilds(record.failed ?? [], firstLegOf.get(venvKey)!.abi, options.packageIndex)
      options.problem(`install: failed for ${venvKey} (${failed}); its modes did not run${causes}`)
    } else {
      // An exact sync (uv sync, pip-sync) removes what its lock does not list: the plugins go back.
      placePluginDists(venv.purelib)
      venvs.set(venvKey, venv)
      // Stamped after the install: what it wrote into the tree (a generated version file, a
      // Cython .c) is part of what it made, not a change since.
      if (options.keep) markReusable(venv, stampOf(venvKey), record)
    }
  }
  // In the legs' order, whichever were reused.
  return { venvs: new Map([...firstLegOf.keys()].filter((k) => venvs.has(k)).map((k) => [k, venvs.get(k)!])), installs }
}

/**
 * What failed to build from source, with the package index's first release that has a wheel for
 * the build: ". msgpack did not build from source for cp313t (no release has cp313t wheels yet)".
 */
async function failedBuilds(names: string[], abi: string, index: PackageIndex | undefined): Promise<string> {
  if (names.length === 0) return ''
  const each = await Promise.all(
    names.map(async (name) => (index ? `${name} (${upgradeText(await index.firstWheel(name, abi), abi)})` : name)),
  )
  return `. Did not build from source for ${abi}: ${each.join(', ')}`
}

function describeRestore(outcome: { key: string; restoredKey?: string; hit: boolean }): string {
  if (outcome.hit) return `restored ${outcome.key}`
  if (outcome.restoredKey) return `restored ${outcome.restoredKey} (an earlier entry; ${outcome.key} will be saved)`
  return `no entry for ${outcome.key}; it will be saved after the run`
}
