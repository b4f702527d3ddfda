import { existsSync, mkdirSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs'
import { glob } from 'node:fs/promises'
import { availableParallelism } from 'node:os'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import * as core from '../runner/commands.js'
import { abiBuildFlags, type Installed } from '../configure/exports.js'
import { InputError } from '../inputs/errors.js'
import type { RunInputs } from '../inputs/run-inputs.js'
import { platformName, type OsName, type Platform } from '../platform/platform.js'
import { compare, type Comparison } from '../compare/compare.js'
import { legArtifact, MODES, type LegResult } from '../results/leg.js'
import { keepYoungGenerationSmall } from '../results/memory.js'
import { publishReport } from '../report/publish.js'
import { artifactStore } from '../artifacts/store.js'
import { minorOf } from '../find/layout.js'
import { planLegs, type LegPlan } from './legs.js'
import { rerunLeg, runLeg } from './leg-runner.js'
import type { LegContext } from './segments.js'
import { replayLog } from './log.js'
import { mapLimit } from './pool.js'
import { runLogged } from './process.js'
import { runsPytest, shellInvocation } from './shell.js'
import { createVenv, venvEnv, type Venv } from './venv.js'

/** dist/probe next to the bundle (src/probe when run from source). */
function probeDirectory(): string {
  const here = path.dirname(fileURLToPath(import.meta.url))
  const bundled = path.join(here, 'probe')
  return existsSync(bundled) ? bundled : path.join(here, '..', 'probe')
}

function resultsPattern(inputs: RunInputs, legs: LegPlan[]): string | undefined {
  if (!inputs.results) return undefined
  const versions = new Set(legs.map((l) => l.version)).size
  const unique = inputs.results.includes('{leg}') || (inputs.results.includes('{mode}') && versions === 1)
  if (!unique && legs.length > 1) {
    throw new InputError(
      'results',
      'the modes run at the same time, so each needs its own files: put {mode} (or {leg} with several versions) in the pattern, or have the command write into $SETUP_PYTHON_FT_RESULTS_DIR',
    )
  }
  return inputs.results
}

async function resultFiles(pattern: string | undefined, plan: LegPlan, legDir: string, workDir: string) {
  const patterns = [path.join(legDir, 'results', '**', '*.xml')]
  if (pattern) {
    const expanded = pattern
      .replace(/\{leg\}/g, plan.id)
      .replace(/\{mode\}/g, plan.mode)
      .replace(/\{version\}/g, plan.version)
    patterns.push(path.isAbsolute(expanded) ? expanded : path.join(workDir, expanded))
  }
  const files: string[] = []
  for (const p of patterns) {
    for await (const file of glob(p.replace(/\\/g, '/'))) if (statSync(file).isFile()) files.push(file)
  }
  if (pattern && files.length === 0) core.warning(`results: no file matches ${pattern} for ${plan.mode}`)
  return files.sort()
}

/** Runs the `install` command in a build's venv; false when it failed. */
async function runInstall(
  venv: Venv,
  abi: string,
  buildFlags: Record<string, string>,
  inputs: RunInputs,
  root: string,
  workDir: string,
) {
  const logFile = path.join(root, `install-${abi}.log`)
  rmSync(logFile, { force: true })
  const env = venvEnv(venv, { ...process.env, ...buildFlags, ...inputs.env })
  delete env.PYTHON_GIL
  const result = await runLogged(shellInvocation(inputs.shell, inputs.install, venv.python), {
    cwd: workDir,
    env,
    logFile,
    deadline: Date.now() + inputs.timeoutSeconds * 1000,
  })
  const end = result.spawnError ?? `exit ${result.exitCode ?? result.signal}`
  replayLog(`Install for ${abi}: ${end}`, logFile, `[install ${abi}] `)
  return result.exitCode === 0 ? undefined : end
}

/**
 * One virtual environment per build, created at the same time, then the `install` command in each,
 * one build after the other: two builds of one source tree must not share a build folder at once.
 */
async function prepareVenvs(
  legs: LegPlan[],
  os: OsName,
  inputs: RunInputs,
  root: string,
  workDir: string,
  problems: string[],
) {
  const problem = (message: string) => {
    problems.push(message)
    core.error(message)
  }
  const bases = new Map(legs.map((leg) => [leg.abi, leg.python]))
  const created = await Promise.all(
    [...bases].map(async ([abi, python]) => {
      const dir = path.join(root, 'venv', abi)
      rmSync(dir, { recursive: true, force: true })
      try {
        return [abi, await createVenv(python, dir, probeDirectory())] as const
      } catch (error) {
        problem(`Could not create the virtual environment for ${abi}: ${(error as Error).message}`)
        return undefined
      }
    }),
  )
  const venvs = new Map<string, Venv>()
  for (const [abi, venv] of created.filter((entry) => entry !== undefined)) {
    const build = legs.find((leg) => leg.abi === abi)!.build
    const flags = abiBuildFlags(build, os)
    const failed = inputs.install ? await runInstall(venv, abi, flags, inputs, root, workDir) : undefined
    if (failed) problem(`install: the command failed for ${abi} (${failed}); its modes did not run`)
    else venvs.set(abi, venv)
  }
  return venvs
}

function describeLeg(leg: LegResult): string {
  const s = leg.status
  const end = s.timedOut ? 'timed out' : s.signal ? `died on ${s.signal}` : `exit ${s.exitCode}`
  return `${leg.mode} · ${leg.version}: ${end}, ${leg.tests.length} tests, ${s.durationSeconds.toFixed(1)} s`
}

/** Divergent tests worth rerunning: a hang would only wait again, an absent test cannot run. */
function rerunnable(comparison: Comparison, group: string): string[] {
  const found = comparison.groups.find((g) => g.group === group)
  return (found?.divergences ?? [])
    .filter((row) => ['crashed', 'freethreaded-only', 'standard-only', 'differs'].includes(row.kind!))
    .filter((row) => !Object.values(row.outcomes).includes('hung'))
    .map((row) => row.id)
}

/** Hands each leg's results to the compare job: leg.json, its log and its JUnit files. */
async function uploadLegs(
  plans: LegPlan[],
  legs: LegResult[],
  contexts: Map<string, LegContext>,
  inputs: RunInputs,
  platform: string,
  problems: string[],
) {
  const store = await artifactStore(inputs.artifactDir)
  for (const [index, plan] of plans.entries()) {
    const { legDir } = contexts.get(plan.id)!
    const files = readdirSync(legDir)
      .filter((name) => name === 'leg.json' || name === 'output.log' || /^junit-.*\.xml$/.test(name))
      .map((name) => path.join(legDir, name))
    const name = legArtifact(inputs.artifact, platform, minorOf(legs[index].version), plan.mode)
    try {
      await store.upload(name, legDir, files)
      core.info(`Uploaded ${plan.mode} as ${name}`)
    } catch (error) {
      const message = `artifact: could not upload ${name}: ${(error as Error).message}`
      problems.push(message)
      core.error(message)
    }
  }
}

/** The run, compare and report stages of a single-job run. */
export async function runSuite(installed: Installed[], inputs: RunInputs, platform: Platform, tempDir: string) {
  keepYoungGenerationSmall()
  const problems: string[] = inputs.unknownModes.map(
    (name) => `modes: '${name}' is not a mode; use ${MODES.join(', ')}`,
  )
  const workDir = path.resolve(process.env.GITHUB_WORKSPACE || process.cwd(), inputs.workingDirectory)
  if (!existsSync(workDir) || !statSync(workDir).isDirectory()) {
    throw new InputError('working-directory', `${workDir} is not a directory`)
  }
  const planned = planLegs(installed, inputs.modes, inputs.gil, platformName(platform))
  problems.push(...planned.problems)
  const pattern = resultsPattern(inputs, planned.legs)
  for (const problem of problems) core.error(problem)

  const root = path.join(tempDir, 'run')
  const venvs = await prepareVenvs(planned.legs, platform.os, inputs, root, workDir, problems)
  const runnable = planned.legs.filter((leg) => venvs.has(leg.abi))
  const contexts = new Map<string, LegContext>()
  for (const leg of runnable) {
    const legDir = path.join(root, 'legs', leg.id)
    rmSync(legDir, { recursive: true, force: true })
    mkdirSync(legDir, { recursive: true })
    contexts.set(leg.id, {
      inputs,
      venv: venvs.get(leg.abi)!,
      legDir,
      workDir,
      probeDir: probeDirectory(),
      // Extensions built during the run (pyximport, tests that compile) target this ABI too.
      baseEnv: { ...process.env, ...abiBuildFlags(leg.build, platform.os) },
      os: platform.os,
      arch: platform.arch,
      findResults: (dir) => resultFiles(pattern, leg, dir, workDir),
      warn: (message) => core.warning(message),
    })
  }
  core.info(
    `Running ${runnable.map((l) => `${l.mode} (${l.version})`).join(', ')}: up to ${availableParallelism()} at a time`,
  )
  const legs = await mapLimit(runnable, availableParallelism(), async (plan) => {
    const ctx = contexts.get(plan.id)!
    const leg = await runLeg(plan, ctx)
    writeFileSync(path.join(ctx.legDir, 'leg.json'), JSON.stringify(leg))
    replayLog(describeLeg(leg), path.join(ctx.legDir, 'output.log'), `[${plan.mode}] `)
    return leg
  })

  const expected = planned.legs.map((l) => ({ group: l.group, mode: l.mode }))
  let comparison = compare(legs, { requireGilDisabled: inputs.requireGilDisabled, expected })
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
      writeFileSync(path.join(ctx.legDir, 'leg.json'), JSON.stringify(leg))
    })
    comparison = compare(legs, { requireGilDisabled: inputs.requireGilDisabled, expected })
  }
  core.setOutput('results-dir', path.join(root, 'legs'))
  if (inputs.artifact) {
    await uploadLegs(runnable, legs, contexts, inputs, platformName(platform), problems)
  }
  return publishReport(comparison, {
    reportPath: path.join(tempDir, 'report.json'),
    failOn: inputs.failOn,
    problems: problems.length,
  })
}
