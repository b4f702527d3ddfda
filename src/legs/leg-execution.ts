import { copyFileSync, mkdirSync } from 'node:fs'
import path from 'node:path'
import * as core from '../common/workflow-commands.js'
import { readJunitTests } from '../results/read-junit.js'
import { LEG_SCHEMA, type LegResult } from '../results/leg-file.js'
import type { GilReport, LegPlan, LegStatus } from '../model/leg.js'
import type { Outcome, TestResult } from '../model/outcome.js'
import { TestList } from '../results/test-list.js'
import { untestedExtensions, venvDistributions, versionsOf } from '../dependencies/installed.js'
import { readiness, type Dependency } from '../dependencies/readiness.js'
import { findUndeclared } from './gil-check.js'
import { coverageToOriginalPaths } from './coverage-paths.js'
import { executeSegments, type LegContext } from './segments.js'
import { namesJunitFile, runsPytest } from '../inputs/command.js'
import { ranNoTest, startFailure } from '../results/start-failure.js'
import { readTail } from '../common/log.js'
import { venvEnv } from '../environments/venv.js'
import { originalPath, originalText, within } from '../environments/working-copy.js'

/**
 * The probe's results with the JUnit files read into them: JUnit wins, the probe fills in what it
 * lacks (the node id, the absolute file, the threads). A large file is parsed in a worker thread
 * (results/read-junit.ts); its list is the leg's when it is all there is, else merged into it test by
 * test; the index from id to place lives only while the files are merged.
 */
async function withJunit(probe: Map<string, TestResult>, files: string[], warn: (m: string) => void) {
  let tests = new TestList()
  let pytestJunit = false
  // One file and nothing from the probe: its list is the leg's, and no million ids are hashed for nothing.
  const index = probe.size === 0 && files.length === 1 ? undefined : new Map<string, number>()
  for (const test of probe.values()) index!.set(test.id, tests.push(test))
  const merge = (test: TestResult) => {
    const at = index!.get(test.id)
    if (at === undefined) {
      index!.set(test.id, tests.push(test))
      return
    }
    const known = tests.get(at)
    // A crash or hang seen by the probe outlives the JUnit a resumed segment wrote.
    if (known.outcome === 'crashed' || known.outcome === 'hung') return
    // The probe's file is absolute; JUnit's is relative to pytest's rootdir or the runner's.
    tests.set(at, {
      ...test,
      nodeid: known.nodeid,
      file: known.file ?? test.file,
      line: known.file ? known.line : test.line,
      threads: known.threads,
      singleThreaded: known.singleThreaded,
    })
  }
  for (const file of files) {
    const { tests: fromFile, read, error, fallback } = await readJunitTests(file)
    if (fallback) core.info(`results: ${file} was read on the main thread: its reader thread failed (${fallback})`)
    // A file cut short still gives the tests before the cut.
    if (!index) tests = fromFile
    else for (const test of fromFile) merge(test)
    pytestJunit ||= read.pytest && read.tests > 0
    if (error) warn(`results: ${error.message}; using what the probe recorded`)
  }
  return { tests, pytestJunit }
}

/** What a finished run's exit says about the command itself (pure, for the warnings). */
export function runProblems(command: string, status: LegStatus, tests: number): string[] {
  const problems: string[] = []
  if (status.exitCode === 127) problems.push('run: the command was not found (exit code 127)')
  if (status.exitCode === 5 && runsPytest(command)) problems.push('pytest collected no tests (exit code 5)')
  // A pytest that ran no test is an error of its own (compare/findings.ts), not a comparison of exit codes.
  if (tests === 0 && !status.signal && !status.timedOut && !ranNoTest(command, status, tests)) {
    problems.push(`no test results (exit code ${status.exitCode}); comparing exit codes`)
  }
  return problems
}

/**
 * Annotations need paths relative to the repository: each test's file, absolute or relative to the
 * command's directory, becomes relative to the workspace (kept absolute if outside it).
 */
export function workspacePath(file: string, workDir: string, workspace: string): string {
  const absolute = path.resolve(workDir, file)
  const relative = within(workspace, absolute)
  return (relative ? relative : absolute).split(path.sep).join('/')
}

/** What names a leg in its leg.json: the plan's group, mode and build, where and what it ran. */
function legHead(
  plan: LegPlan,
  ctx: Pick<LegContext, 'os' | 'arch' | 'command'>,
): Pick<LegResult, 'schema' | 'group' | 'mode' | 'version' | 'abi' | 'os' | 'arch' | 'command'> {
  const { group, mode, version, abi } = plan
  return { schema: LEG_SCHEMA, group, mode, version, abi, os: ctx.os, arch: ctx.arch, command: ctx.command }
}

/** A leg the job's cancellation stopped (or kept from starting): nothing of it is compared. */
export function cancelledLeg(
  plan: LegPlan,
  ctx: Pick<LegContext, 'os' | 'arch' | 'command'>,
  status: LegStatus = { exitCode: null, signal: null, timedOut: false, durationSeconds: 0, segments: 0 },
): LegResult {
  return {
    ...legHead(plan, ctx),
    status: { ...status, cancelled: true },
    gil: {
      pythonGil: plan.pythonGil ?? null,
      enabledBy: [],
      undeclared: [],
      extensions: [],
    },
    tests: new TestList(),
    reruns: {},
    warnings: [],
  }
}

/**
 * The JUnit files the `results` input names are the user's: written in a copy of the tree, they are
 * copied to the same place in the tree itself (their names differ per mode: {mode} or {leg}).
 */
function keepResultFiles(files: string[], tree: LegContext['tree']): void {
  for (const file of files) {
    const original = originalPath(file, tree)
    if (original === file) continue
    mkdirSync(path.dirname(original), { recursive: true })
    copyFileSync(file, original)
  }
}

/** Runs one leg: the command under its mode, then its results, the GIL probe and the GIL check. */
export async function executeLeg(plan: LegPlan, ctx: LegContext): Promise<LegResult> {
  mkdirSync(path.join(ctx.legDir, 'results'), { recursive: true })
  const warnings: string[] = []
  const warn = (message: string) => {
    warnings.push(message)
    ctx.warn(message)
  }
  const started = Date.now()
  const deadline = started + ctx.inputs.timeoutSeconds * 1000
  const run = await executeSegments(plan, ctx, 'run', undefined, deadline)
  if (run.status.cancelled) return cancelledLeg(plan, ctx, run.status)
  try {
    await coverageToOriginalPaths(ctx)
  } catch (error) {
    warn(`${plan.mode}: could not point its coverage data at the working directory: ${(error as Error).message}`)
  }
  const userFiles = await ctx.findResults(ctx.legDir, started)
  keepResultFiles(userFiles, ctx.tree)
  const probed = run.tests.size
  const { tests, pytestJunit } = await withJunit(run.tests, [...run.junitFiles, ...userFiles], warn)
  run.tests.clear()
  // pytest in the mode's venv always loads the probe's plugin: a pytest the probe never saw ran in
  // an environment of its own (a tox or nox env), on whatever interpreter that environment has.
  if (probed === 0 && pytestJunit) {
    warn(
      `${plan.mode}: tests ran outside the mode's venv: results come from JUnit only (no GIL check per test, no resume after a crash or hang)`,
    )
  }
  if (runsPytest(ctx.command) && ctx.inputs.junit && namesJunitFile(ctx.command) && userFiles.length === 0) {
    warn(`run: the command passes its own --junitxml; point results at that file to read it`)
  }
  for (const problem of runProblems(ctx.command, run.status, tests.length)) warn(`${plan.mode}: ${problem}`)
  if (ranNoTest(ctx.command, run.status, tests.length)) {
    const cause = startFailure(originalText(readTail(path.join(ctx.legDir, 'output.log'), 0, 64 * 1024), ctx.tree))
    if (cause) run.status.cause = cause
  }

  // Paths and tracebacks from a copy of the tree name the files of the tree it copies.
  const workspace = process.env.GITHUB_WORKSPACE || ctx.inputs.workingDirectory
  const toWorkspace = (file: string) =>
    workspacePath(originalPath(path.resolve(ctx.workDir, file), ctx.tree), ctx.workDir, workspace)
  tests.mapFiles(toWorkspace)
  if (ctx.tree.copy) tests.mapText((text) => originalText(text, ctx.tree))
  const { stress, tsan } = await ctx.mode.results(ctx.legDir, run, toWorkspace)

  const gil: GilReport = {
    pythonGil: plan.pythonGil ?? null,
    atStart: run.gilAtStart,
    atEnd: run.gilAtEnd,
    enabledBy: run.gilEnabled,
    undeclared: [],
    extensions: [...new Set(run.extensions.filter((e) => !e.stdlib).map((e) => e.name))].sort(),
  }
  // The venv's distributions are listed while the extension modules are checked: two interpreters at once.
  const listed = venvDistributions(ctx.venv, venvEnv(ctx.venv, ctx.baseEnv))
  listed.catch(() => undefined)
  if (plan.build === 'freethreaded') {
    try {
      const env = venvEnv(ctx.venv, ctx.baseEnv)
      gil.undeclared = await findUndeclared(ctx.venv.python, run.extensions, ctx.probeDir, ctx.legDir, env)
    } catch (error) {
      warn(
        `${plan.mode}: could not check the extension modules for free-threading support: ${(error as Error).message}`,
      )
    }
  }
  let packages: Record<string, string> | undefined
  let dependencies: Dependency[] | undefined
  let untested: string[] | undefined
  try {
    const dists = await listed
    packages = versionsOf(dists)
    dependencies = readiness(dists, plan.abi, gil.undeclared, ctx.install)
    if (ctx.packageIndex) dependencies = await ctx.packageIndex.upgrades(dependencies, plan.abi)
    // Only where the probe saw the suite run: a suite in a tox or nox env imports elsewhere.
    if (probed > 0) untested = untestedExtensions(dists, gil.extensions)
  } catch (error) {
    warn(`${plan.mode}: could not list the distributions installed in its venv: ${(error as Error).message}`)
  }
  return {
    ...legHead(plan, ctx),
    status: run.status,
    gil,
    ...(stress ? { stress } : {}),
    tests,
    reruns: {},
    ...(packages ? { packages } : {}),
    ...(dependencies ? { dependencies } : {}),
    ...(untested ? { untestedExtensions: untested } : {}),
    ...(ctx.install ? { install: ctx.install } : {}),
    ...(tsan ? { tsan } : {}),
    warnings,
  }
}

/**
 * Runs the given tests `times` more times in this leg's mode, with pytest, one process a round;
 * rounds are named <label><n> from `first`. Outcomes per test id.
 */
export async function rerunTests(
  plan: LegPlan,
  ctx: LegContext,
  ids: string[],
  times: number,
  rounds: { label: string; first: number } = { label: 'rerun', first: 1 },
): Promise<Record<string, Outcome[]>> {
  const outcomes: Record<string, Outcome[]> = Object.fromEntries(ids.map((id) => [id, []]))
  for (let round = rounds.first; round < rounds.first + times; round++) {
    const deadline = Date.now() + ctx.inputs.timeoutSeconds * 1000
    const rerun = await executeSegments(plan, ctx, `${rounds.label}${round}`, ids, deadline)
    // The probe misses what ran outside the mode's interpreter (a tox env, an xdist worker that
    // died): the rerun's JUnit fills it in.
    const { tests } = await withJunit(rerun.tests, rerun.junitFiles, ctx.warn)
    const outcome = new Map<string, Outcome>()
    for (const test of tests) outcome.set(test.id, test.outcome)
    for (const id of ids) outcomes[id].push(outcome.get(id) ?? 'absent')
  }
  return outcomes
}
