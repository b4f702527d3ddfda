import { cpSync, existsSync, mkdirSync, rmSync } from 'node:fs'
import { homedir } from 'node:os'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { type CacheStore } from '../cache/cache-store.js'
import { openCacheStore } from '../cache/open-cache-store.js'
import { abiBuildFlags, type Installed } from '../configure/exports.js'
import { dependencyCache, type DependencyCache } from '../dependencies/dependency-cache.js'
import type { InstallRecord } from '../dependencies/install-log.js'
import { openPackageIndex } from '../dependencies/package-index.js'
import { identityOf, restoreAutoBaseline, type AutoBaseline } from './auto-baseline.js'
import { prepareVenvs } from '../environments/prepare-environments.js'
import { withPathFirst, type Venv } from '../environments/venv.js'
import { isMatrixLeg, type RunInputs } from '../inputs/run-inputs.js'
import { fillPlaceholders, planLegs } from '../legs/leg-plan.js'
import { resultFiles } from '../legs/result-files.js'
import type { LegContext } from '../legs/segments.js'
import type { LegPlan } from '../model/leg.js'
import type { LegResult } from '../results/leg-file.js'
import type { Mode } from '../model/mode.js'
import { minorOf } from '../model/build.js'
import type { ModeSession } from '../modes/mode-plugin.js'
import { startModes } from '../modes/registry.js'
import { platformName, type Platform } from '../platform/platform.js'
import * as core from '../common/workflow-commands.js'
import { toolSetup } from '../tools/per-mode.js'
import { copiedPath, workingTrees, type WorkingTree } from '../environments/working-copy.js'

/*
 * The first stage of a single-job run: the modes started (the TSan mode gets its interpreters), the
 * legs planned, a venv per build with the `install` command run in it, and each leg's context.
 */

/** What the single-job run is handed besides the installed builds and the run inputs. */
export interface SingleJob {
  platform: Platform
  toolCache: string
  /** The action's folder under RUNNER_TEMP. */
  tempDir: string
  /** The folder of python3.X, python3.Xt, pip (configure/exports), when there is one. */
  namesDir: string | undefined
  /** The `token` input, for the check run. */
  token: string
  /** Reports what keeps modes from running: an error that fails the step. */
  problem: (message: string) => void
  /** Told when each leg starts and ends (the command line's live line per mode). */
  watch?: LegWatch
  /**
   * Keep each build's venv for the next run (the command line); reuse: take a kept one whose install
   * is unchanged (false: --reinstall).
   */
  keepVenvs?: { reuse: boolean }
}

/** What a door may watch of the legs as they run. */
export interface LegWatch {
  /** The leg started; its folder is where its probe writes as the tests finish. */
  started(plan: LegPlan, legDir: string): void
  finished(plan: LegPlan, leg: LegResult): void
}

/** A leg that can run: its plan and everything it runs with. */
export interface ReadyLeg {
  plan: LegPlan
  context: LegContext
}

/** What the later stages need of the preparation. */
export interface Prepared {
  inputs: RunInputs
  platform: Platform
  /** The run's folder: venvs, legs, the probe. */
  root: string
  /** Where the legs' copies of the tree are (environments/working-copy.ts), removed when the run ends. */
  copiesDir: string
  /** Every planned leg, also those whose venv could not be made: the comparison expects them. */
  planned: LegPlan[]
  ready: ReadyLeg[]
  venvs: Map<string, Venv>
  installs: Map<string, InstallRecord>
  /** Each venv's dependency cache, by venv key, when `cache` is set. */
  dependencyCaches: Map<string, DependencyCache>
  /** The cache store, when one was made. */
  store: CacheStore | undefined
  /** `baseline: auto`: the branch's newest entry (a pull request's base branch's), restored. */
  auto?: AutoBaseline
  /** The job's identity (pipeline/auto-baseline.ts): its baseline entries and its pull request comment. */
  identity: string
  watch?: LegWatch
}

/**
 * The GIL probe, copied from dist/probe next to the bundle (src/probe when run from source) into
 * the run's folder: Python writes the probe's bytecode there, never into the action's own folder.
 */
function stageProbe(root: string): string {
  const here = path.dirname(fileURLToPath(import.meta.url))
  const bundled = path.join(here, 'probe')
  const source = existsSync(bundled) ? bundled : path.join(here, '..', 'probe')
  const dir = path.join(root, 'probe')
  rmSync(dir, { recursive: true, force: true })
  cpSync(source, dir, { recursive: true, filter: (file) => path.basename(file) !== '__pycache__' })
  return dir
}

/** The cache store, made on first use and then shared; read-only in a pull request's run. */
function lazyStore(inputs: RunInputs) {
  let made: Promise<CacheStore> | undefined
  const log = { warn: core.warning, info: core.info }
  const get = () => (made ??= openCacheStore(inputs.cacheDir, log, inputs.event.readOnly))
  return { get, made: () => made }
}

/** Each build's pip or uv cache folder, restored before its install and saved after the run. */
function dependencyCachesOf(legs: LegPlan[], inputs: RunInputs, platform: Platform): Map<string, DependencyCache> {
  const caches = new Map<string, DependencyCache>()
  if (!inputs.dependencyCache) return caches
  for (const leg of legs) {
    const owner = { os: platform.os, arch: platform.arch, version: leg.version, abi: leg.venvKey }
    caches.set(leg.venvKey, dependencyCache(inputs.dependencyCache, owner, homedir()))
  }
  return caches
}

/** Each leg's folder and context: its command, venv, tools, environment and mode. */
function legContext(
  plan: LegPlan,
  venv: Venv,
  session: ModeSession,
  shared: Pick<LegContext, 'inputs' | 'tree' | 'probeDir' | 'os' | 'arch' | 'packageIndex'> & {
    root: string
    jobPath: string
    baseEnv: NodeJS.ProcessEnv
    install: InstallRecord | undefined
    /** An earlier leg runs in the same folder (isolation: shared). */
    sharesWorkDir: boolean
  },
): LegContext {
  const legDir = path.join(shared.root, 'legs', plan.id)
  rmSync(legDir, { recursive: true, force: true })
  mkdirSync(legDir, { recursive: true })
  const { inputs, tree } = shared
  const { workDir } = tree
  return {
    inputs,
    command: fillPlaceholders(inputs.run, plan),
    venv,
    // Coverage data goes to the working directory itself, where the user combines it.
    tools: toolSetup(plan, legDir, venv, shared.jobPath, inputs.workingDirectory, shared.sharesWorkDir),
    install: shared.install,
    ...(shared.packageIndex ? { packageIndex: shared.packageIndex } : {}),
    mode: session.legHooks(plan),
    legDir,
    workDir,
    tree,
    probeDir: shared.probeDir,
    baseEnv: shared.baseEnv,
    os: shared.os,
    arch: shared.arch,
    findResults: (dir, since) => resultFiles(inputs.results, plan, dir, workDir, since, (p) => copiedPath(p, tree)),
    warn: (message) => core.warning(message),
  }
}

/** Starts the plug-ins of the job's modes (the TSan mode gets its interpreters) and sets their outputs. */
async function startSessions(
  installed: Installed[],
  inputs: RunInputs,
  job: SingleJob,
  root: string,
  store: () => Promise<CacheStore>,
) {
  const { platform, toolCache, tempDir, problem } = job
  const sessions = await startModes({ inputs, installed, platform, toolCache, tempDir, root, store, problem })
  for (const session of new Set(sessions.values()))
    for (const [name, value] of Object.entries(session.outputs)) core.setOutput(name, value)
  return (mode: Mode) => sessions.get(mode)!
}

/**
 * The legs whose venv was made, each with its context: the first in the working directory, the
 * others each in a copy of the tree (isolation: copy), made now that `install` has run.
 */
function readyLegs(
  runnable: LegPlan[],
  inputs: RunInputs,
  copiesDir: string,
  contextOf: (plan: LegPlan, tree: WorkingTree, sharesWorkDir: boolean) => LegContext,
): ReadyLeg[] {
  const trees = workingTrees(
    runnable.map((plan) => plan.id),
    {
      workDir: inputs.workingDirectory,
      workspace: process.env.GITHUB_WORKSPACE,
      isolation: inputs.isolation,
      copiesDir,
    },
  )
  return runnable.map((plan, index) => {
    const tree = trees.get(plan.id)!
    return { plan, context: contextOf(plan, tree, index > 0 && !tree.copy) }
  })
}

/** How long the package index may take over one listing. */
const INDEX_DEADLINE_MS = 5000

/** The package index, asked what to upgrade to (unless `index-url: none`). */
const packageIndexOf = (inputs: RunInputs, platform: Platform) =>
  inputs.indexUrl ? openPackageIndex({ url: inputs.indexUrl, platform, deadlineMs: INDEX_DEADLINE_MS }) : undefined

/** The job's identity: its workflow, job, versions, modes, command and platform. */
const jobIdentityOf = (inputs: RunInputs, installed: Installed[], platform: Platform) =>
  identityOf(inputs.event, {
    versions: [
      ...new Set(installed.map((i) => `${minorOf(i.version)}${i.build === 'freethreaded' ? 't' : ''}`)),
    ].sort(),
    modes: inputs.modes,
    run: inputs.run,
    platform: platformName(platform),
    variant: [
      inputs.install,
      path.relative(process.env.GITHUB_WORKSPACE || process.cwd(), inputs.workingDirectory),
      JSON.stringify(Object.entries(inputs.env).sort()),
      inputs.gil,
    ],
  })

/**
 * The runner's credentials for its own services: a pull request's run hands them to none of its
 * commands (under pull_request_target they could write the base branch's caches).
 */
const RUNNER_CREDENTIALS = [
  'ACTIONS_RUNTIME_TOKEN',
  'ACTIONS_RUNTIME_URL',
  'ACTIONS_RESULTS_URL',
  'ACTIONS_CACHE_URL',
  'ACTIONS_CACHE_SERVICE_V2',
  'ACTIONS_ID_TOKEN_REQUEST_TOKEN',
  'ACTIONS_ID_TOKEN_REQUEST_URL',
]

/** The environment of the install and run commands: the job's, with the names folder first. */
function childEnvironment(inputs: RunInputs, namesDir: string | undefined): NodeJS.ProcessEnv {
  const env = namesDir ? withPathFirst(process.env, namesDir) : { ...process.env }
  if (inputs.event.readOnly) for (const name of RUNNER_CREDENTIALS) delete env[name]
  return env
}

/** The run's folder under the job's: venvs, legs, the probe. */
export const runRoot = (tempDir: string): string => path.join(tempDir, 'run')

/** Prepares the environments: modes started, legs planned, venvs made and installed, contexts. */
export async function prepare(installed: Installed[], inputs: RunInputs, job: SingleJob): Promise<Prepared> {
  const { platform, problem } = job
  const root = runRoot(job.tempDir)
  const store = lazyStore(inputs)
  const sessionOf = await startSessions(installed, inputs, job, root, store.get)
  const planned = planLegs(installed, inputs.modes, inputs.gil, platformName(platform), (mode, build) =>
    sessionOf(mode).interpreter(mode, build),
  )
  for (const message of planned.problems) problem(message)
  const probeDir = stageProbe(root)
  // Extensions built by `install` or during the run (pyximport, tests that compile) target the
  // leg's ABI; a PYTHON_GIL from the job is dropped by venvEnv, and each mode sets its own.
  // The names folder (python3.X, python3.Xt, pip) comes right after each venv's bin, as for later steps.
  const jobEnv = childEnvironment(inputs, job.namesDir)
  const dependencyCaches = dependencyCachesOf(planned.legs, inputs, platform)
  const baseEnv = (leg: LegPlan) =>
    sessionOf(leg.mode).environment(leg, {
      ...jobEnv,
      ...abiBuildFlags(leg.build, platform.os),
      ...dependencyCaches.get(leg.venvKey)?.env,
      ...inputs.env,
    })
  const packageIndex = packageIndexOf(inputs, platform)
  const { venvs, installs } = await prepareVenvs(planned.legs, {
    ...(packageIndex ? { packageIndex } : {}),
    inputs,
    root,
    workDir: inputs.workingDirectory,
    probeDir,
    ...(job.keepVenvs ? { keep: job.keepVenvs } : {}),
    baseEnv,
    problem,
    dependencyCache:
      dependencyCaches.size > 0 ? { store: await store.get(), of: (key) => dependencyCaches.get(key)! } : undefined,
    extrasOf: (key) => [
      ...new Set(planned.legs.filter((l) => l.venvKey === key).flatMap((l) => sessionOf(l.mode).installExtras)),
    ],
  })
  // What the installs built from source is asked about at once, while the tests run.
  packageIndex?.prefetch([...installs.values()].flatMap((install) => install.built.map((built) => built.name)))
  const runnable = planned.legs.filter((plan) => venvs.has(plan.venvKey))
  const copiesDir = path.join(root, 'trees')
  const ready = readyLegs(runnable, inputs, copiesDir, (plan, tree, sharesWorkDir) =>
    legContext(plan, venvs.get(plan.venvKey)!, sessionOf(plan.mode), {
      ...{ inputs, probeDir, os: platform.os, arch: platform.arch, root, tree, sharesWorkDir, packageIndex },
      jobPath: jobEnv.PATH ?? '',
      baseEnv: baseEnv(plan),
      install: installs.get(plan.venvKey),
    }),
  )
  const held = { ...(await jobState(inputs, installed, platform, store)), ...(job.watch ? { watch: job.watch } : {}) }
  return { inputs, platform, root, copiesDir, planned: planned.legs, ready, venvs, installs, dependencyCaches, ...held }
}

/** The job's identity, its baseline (`baseline: auto`, restored now) and the store, if one was made. */
async function jobState(
  inputs: RunInputs,
  installed: Installed[],
  platform: Platform,
  store: ReturnType<typeof lazyStore>,
): Promise<Pick<Prepared, 'identity' | 'auto' | 'store'>> {
  const identity = jobIdentityOf(inputs, installed, platform)
  // A matrix leg is compared (and judged) in the compare job, which keeps the entries.
  const log = { info: core.info, warn: core.warning }
  const auto =
    inputs.baselineAuto && !isMatrixLeg(inputs)
      ? await restoreAutoBaseline(await store.get(), inputs.event, identity, log)
      : undefined
  const made = store.made()
  return { identity, store: made ? await made : undefined, ...(auto ? { auto } : {}) }
}
