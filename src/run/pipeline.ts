import { cpSync, existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { availableParallelism, homedir } from 'node:os'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import * as core from '../runner/commands.js'
import { abiBuildFlags, type Installed } from '../configure/exports.js'
import type { RunInputs } from '../inputs/run-inputs.js'
import { platformName, type Platform } from '../platform/platform.js'
import { compare, type Comparison } from '../compare/compare.js'
import { legArtifact, writeLegFile, type LegResult } from '../results/leg.js'
import { keepYoungGenerationSmall } from '../results/memory.js'
import { publishReport } from '../report/publish.js'
import { artifactStore } from '../artifacts/store.js'
import { uploadLegs } from '../artifacts/upload-legs.js'
import { minorOf } from '../find/layout.js'
import { fillPlaceholders, planLegs, type LegPlan } from './legs.js'
import { rerunLeg, runLeg } from './leg-runner.js'
import type { LegContext } from './segments.js'
import { replayLog } from './log.js'
import { mapLimit } from './pool.js'
import { prepareVenvs } from './prepare.js'
import { withPathFirst } from './venv.js'
import { resultFiles } from './result-files.js'
import { toolSetup } from '../tools/per-mode.js'
import { runsPytest } from '../inputs/command.js'
import type { CacheStore } from '../cache/store.js'
import type { TsanInterpreter } from '../tsan/acquire.js'
import {
  ACTION_SUPPRESSIONS,
  instrumentedBuildFlags,
  joinSuppressions,
  SETUPTOOLS_TSAN_CONFIG,
  tsanOptions,
} from '../tsan/environment.js'
import { isTsan, withoutGil } from '../results/leg.js'
import { buildCache, cacheHitOutputs, saveBuildCache, type BuildCache } from '../dependencies/cache.js'

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

function describeLeg(leg: LegResult): string {
  const s = leg.status
  const end = s.timedOut ? 'timed out' : s.signal ? `died on ${s.signal}` : `exit ${s.exitCode}`
  const count = (n: number, one: string, many: string) => (n === 0 ? '' : `${n} ${n === 1 ? one : many}`)
  const stops = [
    count(s.crashes?.length ?? 0, 'crash', 'crashes'),
    count(s.hangs?.length ?? 0, 'hang', 'hangs'),
  ].filter(Boolean)
  const resumed = stops.length > 0 && !s.signal && !s.timedOut ? ` after ${stops.join(' and ')}` : ''
  return `${leg.mode} · ${leg.version}: ${end}${resumed}, ${leg.tests.length} tests, ${s.durationSeconds.toFixed(1)} s`
}

/** An install command that installs the project in editable mode. */
const editableInstall = (command: string) => /(^|\s)(-e|--editable)(\s|=|$)/.test(command)

/**
 * The suppressions file each version's TSan mode reads: the action's own, CPython's for the
 * free-threaded build (from the interpreter's source tree), then the project's (`tsan-suppressions`).
 */
function writeTsanSuppressions(
  tsan: ReadonlyMap<string, TsanInterpreter>,
  inputs: RunInputs,
  root: string,
): Map<string, string> {
  const files = new Map<string, string>()
  for (const [version, interpreter] of tsan) {
    const parts = [interpreter.suppressions, inputs.tsan.suppressions]
      .filter((file): file is string => Boolean(file))
      .map((file) => ({ origin: file, text: readFileSync(file, 'utf8') }))
    parts.unshift({ origin: 'setup-python-ft: races its own probe sets off in CPython', text: ACTION_SUPPRESSIONS })
    const file = path.join(root, 'tsan', `suppressions-${version}.txt`)
    mkdirSync(path.dirname(file), { recursive: true })
    writeFileSync(file, joinSuppressions(parts))
    files.set(version, file)
  }
  return files
}

/** Divergent tests worth rerunning: a hang would only wait again, an absent test cannot run. */
function rerunnable(comparison: Comparison, group: string): string[] {
  const found = comparison.groups.find((g) => g.group === group)
  return (found?.divergences ?? [])
    .filter((row) =>
      ['crashed', 'races-without-gil', 'freethreaded-only', 'standard-only', 'stress-only', 'differs'].includes(
        row.kind!,
      ),
    )
    .filter((row) => !Object.values(row.outcomes).includes('hung'))
    .map((row) => row.id)
}

/** What the run stage is handed besides the installed builds and the run inputs. */
export interface SuiteContext {
  platform: Platform
  tempDir: string
  /** The folder of python3.X, python3.Xt, pip (configure/exports), when there is one. */
  namesDir: string | undefined
  /** The `token` input, for the check run. */
  token: string
  /** Where caches are kept (the Actions cache, or cache-dir), when the run keeps any. */
  store: CacheStore | undefined
  /** The freethreaded-tsan mode's interpreter of each version (src/tsan). */
  tsan: ReadonlyMap<string, TsanInterpreter>
  /** Problems met before the run (a TSan interpreter that could not be built): errors that fail the step. */
  problems: string[]
}

/** The run, compare and report stages of a single-job run. */
export async function runSuite(installed: Installed[], inputs: RunInputs, context: SuiteContext) {
  const { platform, tempDir, namesDir, token, store } = context
  keepYoungGenerationSmall()
  let problems = 0
  const problem = (message: string) => {
    problems++
    core.error(message)
  }
  for (const message of context.problems) problem(message)
  const workDir = inputs.workingDirectory
  const tsanPythons = new Map([...context.tsan].map(([version, tsan]) => [version, tsan.python]))
  const planned = planLegs(installed, inputs.modes, inputs.gil, platformName(platform), tsanPythons)
  for (const message of planned.problems) problem(message)

  const root = path.join(tempDir, 'run')
  const probeDir = stageProbe(root)
  // Extensions built by `install` or during the run (pyximport, tests that compile) target the
  // leg's ABI; a PYTHON_GIL from the job is dropped by venvEnv, and each mode sets its own.
  // The names folder (python3.X, python3.Xt, pip) comes right after each venv's bin, as for later steps.
  const jobEnv = namesDir ? withPathFirst(process.env, namesDir) : process.env
  // Each build's pip or uv cache folder, restored before its install and saved after the run.
  const buildCaches = new Map<string, BuildCache>()
  if (inputs.dependencyCache)
    for (const leg of planned.legs)
      buildCaches.set(
        leg.environment,
        buildCache(
          inputs.dependencyCache,
          { os: platform.os, arch: platform.arch, version: leg.version, abi: leg.environment },
          homedir(),
        ),
      )
  const tsanSuppressions = writeTsanSuppressions(context.tsan, inputs, root)
  const setuptoolsConfig = path.join(root, 'tsan', 'setuptools.cfg')
  if (context.tsan.size > 0 && editableInstall(inputs.install) && inputs.modes.filter(withoutGil).length > 1)
    core.warning(
      'install: an editable install (-e) builds the extensions into the source tree, where the free-threaded and the freethreaded-tsan venvs would load the same files; install without -e for the TSan mode',
    )
  if (context.tsan.size > 0) {
    mkdirSync(path.dirname(setuptoolsConfig), { recursive: true })
    writeFileSync(setuptoolsConfig, SETUPTOOLS_TSAN_CONFIG)
  }
  const baseEnv = (leg: LegPlan) => {
    const env: NodeJS.ProcessEnv = {
      ...jobEnv,
      ...abiBuildFlags(leg.build, platform.os),
      ...buildCaches.get(leg.environment)?.env,
      ...inputs.env,
    }
    // The TSan build's install compiles instrumented extensions, and pip itself runs under TSan.
    if (isTsan(leg.mode)) {
      const reports = path.join(root, 'tsan-install', leg.environment)
      // pip's and uv's caches key built wheels by tags, which the plain free-threaded build shares:
      // without a dependency cache of its own, the TSan venv still gets caches of its own.
      if (!buildCaches.has(leg.environment))
        Object.assign(env, {
          PIP_CACHE_DIR: path.join(root, 'tsan', 'pip-cache'),
          UV_CACHE_DIR: path.join(root, 'tsan', 'uv-cache'),
          ...inputs.env,
        })
      Object.assign(env, instrumentedBuildFlags(env), {
        TSAN_OPTIONS: tsanOptions(reports, tsanSuppressions.get(leg.version), env.TSAN_OPTIONS),
        DIST_EXTRA_CONFIG: setuptoolsConfig,
      })
    }
    return env
  }
  const dependencyCache =
    store && buildCaches.size > 0 ? { store, of: (environment: string) => buildCaches.get(environment)! } : undefined
  const { venvs, installs } = await prepareVenvs(planned.legs, {
    inputs,
    root,
    workDir,
    probeDir,
    baseEnv,
    problem,
    dependencyCache,
  })
  const runnable = planned.legs.filter((leg) => venvs.has(leg.environment))
  const contexts = new Map<string, LegContext>()
  for (const leg of runnable) {
    const legDir = path.join(root, 'legs', leg.id)
    rmSync(legDir, { recursive: true, force: true })
    mkdirSync(legDir, { recursive: true })
    const venv = venvs.get(leg.environment)!
    contexts.set(leg.id, {
      inputs,
      command: fillPlaceholders(inputs.run, leg),
      venv,
      tools: toolSetup(leg, legDir, venv, jobEnv.PATH ?? ''),
      install: installs.get(leg.environment),
      tsanSuppressions: tsanSuppressions.get(leg.version),
      legDir,
      workDir,
      probeDir,
      baseEnv: baseEnv(leg),
      os: platform.os,
      arch: platform.arch,
      findResults: (dir, since) => resultFiles(inputs.results, leg, dir, workDir, since),
      warn: (message) => core.warning(message),
    })
  }
  core.info(
    `Running ${runnable.map((l) => `${l.mode} (${l.version})`).join(', ')}: up to ${availableParallelism()} at a time`,
  )
  const legs = await mapLimit(runnable, availableParallelism(), async (plan) => {
    const ctx = contexts.get(plan.id)!
    const leg = await runLeg(plan, ctx)
    writeLegFile(leg, path.join(ctx.legDir, 'leg.json'))
    replayLog(describeLeg(leg), path.join(ctx.legDir, 'output.log'), `[${plan.mode}] `)
    return leg
  })

  const expected = planned.legs.map((l) => ({ group: l.group, mode: l.mode }))
  const options = {
    requireGilDisabled: inputs.requireGilDisabled,
    expected,
    matrixLeg: inputs.artifact !== '' && inputs.modes.length === 1,
    baseline: inputs.baseline,
  }
  let comparison = compare(legs, options)
  const canRerun = runsPytest(inputs.run)
  if (inputs.rerun > 0 && !canRerun)
    core.warning('rerun: reruns pick single tests through pytest; this command is not pytest')
  if (inputs.rerun > 0 && canRerun && comparison.divergences > 0) {
    await mapLimit(runnable, availableParallelism(), async (plan) => {
      const ids = rerunnable(comparison, plan.group)
      if (ids.length === 0) return
      const leg = legs[runnable.indexOf(plan)]
      const ctx = contexts.get(plan.id)!
      core.info(`Rerunning ${ids.length} divergent tests ${inputs.rerun} times in ${plan.mode}`)
      leg.reruns = await rerunLeg(plan, ctx, ids, inputs.rerun)
      writeLegFile(leg, path.join(ctx.legDir, 'leg.json'))
    })
    comparison = compare(legs, options)
  }
  core.setOutput('results-dir', path.join(root, 'legs'))
  if (store && buildCaches.size > 0) {
    // What the install and the run added to each build's cache, for the next run.
    const outcomes = []
    for (const [environment, cache] of buildCaches) {
      const outcome = installs.get(environment)?.cache
      if (!outcome) continue
      outcomes.push({ build: planned.legs.find((l) => l.environment === environment)!.build, outcome })
      if (venvs.has(environment)) core.info(`Dependency cache of ${await saveBuildCache(store, cache, outcome)}`)
    }
    for (const [name, value] of Object.entries(cacheHitOutputs(outcomes))) core.setOutput(name, value)
  }
  if (inputs.artifact) {
    const uploads = runnable.map((plan, index) => ({
      name: legArtifact(inputs.artifact, platformName(platform), minorOf(legs[index].version), plan.mode),
      mode: plan.mode,
      legDir: contexts.get(plan.id)!.legDir,
    }))
    await uploadLegs(await artifactStore(inputs.artifactDir), uploads, problem)
  }
  return publishReport(comparison, {
    reportPath: path.join(tempDir, 'report.json'),
    failOn: inputs.failOn,
    problems,
    token,
  })
}
