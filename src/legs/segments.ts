import { existsSync, mkdirSync, readdirSync, statSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import type { RunInputs } from '../inputs/run-inputs.js'
import { crashedExtensions, crashTrace, focusDump } from '../results/crash-trace.js'
import type { TsanWindow } from '../tsan/report.js'
import type { Outcome, TestResult } from '../model/outcome.js'
import { readProbeLog, type ExtensionModule, type GilEnabledEvent } from '../results/probe-log.js'
import type { LegPlan, LegStatus } from '../model/leg.js'
import type { LegResult } from '../results/leg-file.js'
import { readTail } from '../common/log.js'
import { spawnLogged, type ProcessResult } from '../common/process.js'
import { namesJunitFile, runsPytest } from '../inputs/command.js'
import { shellInvocation } from '../common/shell.js'
import { venvEnv, withPathFirst, type Venv } from '../environments/venv.js'
import type { InstallRecord } from '../dependencies/install-log.js'
import type { ToolSetup } from '../tools/per-mode.js'
import type { WorkingTree } from '../environments/working-copy.js'
import type { PackageIndex } from '../dependencies/package-index.js'

/*
 * One run of a leg's command, in segments: when pytest crashes, the run resumes after the crashed
 * test. What each segment's probe recorded is gathered as it goes.
 */

/** A run that crashed or hung is resumed after that test, at most this many times. */
export const MAX_RESUMES = 3

/**
 * How the mode's time is shared when the run can still resume: a test may run for this share of
 * the time left when it starts; past it, it is hung, and the rest of the suite runs in the
 * remainder. The last segment that may run has the whole of what is left.
 */
export const HANG_SHARE = 0.75

export interface LegContext {
  inputs: RunInputs
  /** The `run` input with this leg's {mode}, {version} and {leg} filled in. */
  command: string
  venv: Venv
  /** This leg's own folder: log, JUnit, probe output, TMPDIR. */
  legDir: string
  /** Where the leg's commands run: the working directory, or its place in the leg's copy (tree). */
  workDir: string
  /** The working directory in place, or the leg's copy of the tree that holds it. */
  tree: WorkingTree
  probeDir: string
  /** The job's environment, the ABI's build flags and the `env` input: the venv goes on top. */
  baseEnv: NodeJS.ProcessEnv
  /** tox's and nox's folders and settings for this leg (tools/per-mode.ts). */
  tools: ToolSetup
  /** What the build's `install` did: its time, what it built from source, its dependency cache. */
  install?: InstallRecord
  /** The package index asked what to upgrade to (dependencies/package-index.ts), unless `index-url: none`. */
  packageIndex?: PackageIndex
  /** What the leg's mode adds to each segment and to the results (src/modes). */
  mode: LegModeHooks
  os: string
  arch: string
  /** The leg's results files written since the given time (epoch ms), read after the run. */
  findResults: (legDir: string, since: number) => Promise<string[]>
  warn: (message: string) => void
}

/** What a leg's mode adds to the generic run: asked here, answered by its plug-in in src/modes. */
export interface LegModeHooks {
  /** Variables and pytest options of each segment (stress: the threads; TSan: where reports go). */
  segment(legDir: string): { env: Record<string, string>; addopts: string[] }
  /** What the mode adds to the leg's result after the run (stress: its settings; TSan: its findings). */
  results(legDir: string, run: Segments, place: (file: string) => string): Promise<Pick<LegResult, 'stress' | 'tsan'>>
}

export interface Segments {
  tests: Map<string, TestResult>
  status: LegStatus
  extensions: ExtensionModule[]
  gilEnabled: GilEnabledEvent[]
  /** freethreaded-tsan: where each test ran in its process's report file. */
  tsanWindows: TsanWindow[]
  gilAtStart?: boolean
  gilAtEnd?: boolean
  junitFiles: string[]
}

/** The JUnit file of a segment, and those the tox plugin wrote beside it, one per tox env. */
function junitFilesOf(junit: string): string[] {
  const dir = path.dirname(junit)
  const stem = path.basename(junit, '.xml')
  return readdirSync(dir)
    .filter((name) => name === `${stem}.xml` || (name.startsWith(`${stem}-`) && name.endsWith('.xml')))
    .sort()
    .map((name) => path.join(dir, name))
}

/** The test function's name in a test id (pkg.test_a::TestX::test_y[1] -> test_y). */
export function testFunctionOf(id: string): string {
  return id.replace(/\[.*$/, '').split('::').pop() ?? id
}

function segmentEnv(
  plan: LegPlan,
  ctx: LegContext,
  probeOut: string,
  deadline: number,
  resumable: boolean,
  junit?: string,
) {
  const tmp = path.join(ctx.legDir, 'tmp')
  mkdirSync(tmp, { recursive: true })
  // The `env` input comes last: a user's own TOX_WORK_DIR or NOXFORCEPYTHON wins.
  const inVenv = venvEnv(ctx.venv, { ...ctx.baseEnv, ...ctx.tools.env, ...ctx.inputs.env })
  const env = ctx.tools.pathFirst ? withPathFirst(inVenv, ctx.tools.pathFirst) : inVenv
  if (plan.pythonGil !== undefined) env.PYTHON_GIL = plan.pythonGil
  const mode = ctx.mode.segment(ctx.legDir)
  Object.assign(env, mode.env)
  Object.assign(env, {
    TMPDIR: tmp,
    TEMP: tmp,
    TMP: tmp,
    PYTHONFAULTHANDLER: '1',
    SETUP_PYTHON_FT_MODE: plan.mode,
    SETUP_PYTHON_FT_RESULTS_DIR: path.join(ctx.legDir, 'results'),
    SETUP_PYTHON_FT_PROBE: probeOut,
    SETUP_PYTHON_FT_DEADLINE: String(deadline / 1000),
    SETUP_PYTHON_FT_HANG_SHARE: resumable ? String(HANG_SHARE) : '',
  })
  // The plugin comes from an entry point of the venv (venv.ts); with entry points turned off, the
  // variable is the only way in, and it reaches pytest in other environments too.
  if (env.PYTEST_DISABLE_PLUGIN_AUTOLOAD) {
    env.PYTEST_PLUGINS = [env.PYTEST_PLUGINS, 'setup_python_ft_pytest'].filter(Boolean).join(',')
  }
  // PYTEST_ADDOPTS is split with shlex: forward slashes and quotes keep any path whole.
  const addopts = [env.PYTEST_ADDOPTS]
  if (junit) {
    const file = junit.replace(/\\/g, '/')
    addopts.push(`"--junitxml=${file}" -o junit_family=xunit1`)
    // The tox plugin gives each env a file of its own next to this one.
    env.SETUP_PYTHON_FT_JUNIT = file
  }
  addopts.push(...ctx.tools.addopts, ...mode.addopts)
  env.PYTEST_ADDOPTS = addopts.filter(Boolean).join(' ')
  if (!env.PYTEST_ADDOPTS) delete env.PYTEST_ADDOPTS
  return env
}

function statusOf(result: ProcessResult, segments: number, started: number, trace?: string): LegStatus {
  return {
    exitCode: result.exitCode,
    signal: result.signal,
    timedOut: result.timedOut,
    durationSeconds: (Date.now() - started) / 1000,
    segments,
    ...(trace ? { trace } : {}),
  }
}

/**
 * Runs the command until it finishes, resuming after the crashed test when pytest crashes.
 * select limits the run to those test ids (reruns). Tests come from the probe as they finish, so a
 * crash keeps everything before it; the JUnit files are read afterwards by the caller.
 */
export async function executeSegments(
  plan: LegPlan,
  ctx: LegContext,
  label: string,
  select: string[] | undefined,
  deadline: number,
): Promise<Segments> {
  const started = Date.now()
  const logFile = path.join(ctx.legDir, 'output.log')
  const pytest = runsPytest(ctx.command)
  // Any command may run pytest: itself, or through tox, nox, uv run or make. Each pytest it runs
  // writes this JUnit file, which holds the results of a pytest outside the mode's venv (a tox or
  // nox environment) that the probe never sees.
  const addJunit = ctx.inputs.junit && !namesJunitFile(ctx.command)
  const invocation = shellInvocation(ctx.inputs.shell, ctx.command, ctx.venv.python)
  const done: Segments = {
    tests: new Map(),
    status: undefined!,
    extensions: [],
    gilEnabled: [],
    tsanWindows: [],
    junitFiles: [],
  }
  const skip = new Set<string>()
  const crashes: NonNullable<LegStatus['crashes']> = []
  const hangs: NonNullable<LegStatus['hangs']> = []

  for (let segment = 1; ; segment++) {
    const name = `${label}-${segment}`
    const probeOut = path.join(ctx.legDir, `probe-${name}`)
    const junit = addJunit ? path.join(ctx.legDir, `junit-${name}.xml`) : undefined
    const env = segmentEnv(plan, ctx, probeOut, deadline, pytest && segment <= MAX_RESUMES, junit)
    // A rerun of a few tests must not replace the mode's coverage data with its own.
    if (label !== 'run' && env.COVERAGE_FILE === ctx.tools.env.COVERAGE_FILE) {
      env.COVERAGE_FILE = path.join(ctx.legDir, 'rerun.coverage')
    }
    if (select) {
      env.SETUP_PYTHON_FT_SELECT = path.join(ctx.legDir, `select-${name}.txt`)
      writeFileSync(env.SETUP_PYTHON_FT_SELECT, select.join('\n'))
    }
    if (skip.size > 0) {
      env.SETUP_PYTHON_FT_DESELECT = path.join(ctx.legDir, `deselect-${name}.txt`)
      writeFileSync(env.SETUP_PYTHON_FT_DESELECT, [...skip].join('\n'))
    }
    const logOffset = existsSync(logFile) ? statSync(logFile).size : 0
    const result = await spawnLogged(invocation, { cwd: ctx.workDir, env, logFile, deadline })
    if (result.spawnError) {
      ctx.warn(`${plan.mode}: could not start ${invocation.file}: ${result.spawnError}`)
    }
    const probe = readProbeLog(probeOut)
    // A resumed run that found nothing left to run (pytest's "no tests ran") adds nothing.
    if (segment > 1 && result.exitCode === 5 && probe.tests.length === 0 && probe.unfinished.length === 0) break
    for (const test of probe.tests) done.tests.set(test.id, test)
    done.extensions.push(...probe.extensions)
    done.gilEnabled.push(...probe.gilEnabled)
    done.tsanWindows.push(...probe.tsanWindows)
    done.gilAtStart ??= probe.gilAtStart
    if (probe.gilAtEnd !== undefined) done.gilAtEnd = probe.gilAtEnd
    if (junit) done.junitFiles.push(...junitFilesOf(junit))
    // The job was cancelled and the command killed: not a crash, and nothing to resume.
    if (result.cancelled) {
      done.status = { ...statusOf(result, segment, started), cancelled: true }
      break
    }

    // A test past its share of the time leaves the probe's hang dump and ends the process early.
    const stoppedBy: Outcome | undefined =
      result.timedOut || probe.hangDump ? 'hung' : result.signal ? 'crashed' : undefined
    const trace =
      stoppedBy === 'hung' ? probe.hangDump : stoppedBy ? crashTrace(readTail(logFile, logOffset)) : undefined
    if (stoppedBy === 'crashed') {
      crashes.push({ signal: result.signal!, test: probe.unfinished[0]?.id, segment })
      for (const name of crashedExtensions(trace ?? '')) {
        if (!done.extensions.some((e) => e.name === name)) done.extensions.push({ name, file: '', stdlib: false })
      }
    }
    if (stoppedBy === 'hung') hangs.push({ test: probe.unfinished[0]?.id, segment })
    done.status = {
      ...statusOf(result, segment, started, trace),
      ...(crashes.length > 0 ? { crashes } : {}),
      ...(hangs.length > 0 ? { hangs } : {}),
    }
    if (!stoppedBy) break
    const unfinished = probe.unfinished
    for (const test of unfinished) {
      const how =
        stoppedBy === 'hung' ? 'Still running when its time ran out' : `The interpreter died on ${result.signal}`
      const focused = trace && focusDump(trace, testFunctionOf(test.id))
      done.tests.set(test.id, {
        ...test,
        outcome: stoppedBy,
        message: how,
        details: focused ? `${how}\n\n${focused}` : how,
      })
    }
    const canResume = unfinished.length > 0 && segment <= MAX_RESUMES && pytest
    if (!canResume || Date.now() >= deadline) break
    for (const id of done.tests.keys()) skip.add(id)
  }
  return done
}
