import { existsSync, statSync } from 'node:fs'
import { availableParallelism } from 'node:os'
import path from 'node:path'
import { SHELLS, type Shell } from '../common/shell.js'
import { InputError } from '../common/faults.js'
import type { Baseline } from '../baseline/baseline.js'
import { readBaselineInput } from '../baseline/file.js'
import type { DependencyCacheInput } from '../dependencies/dependency-cache.js'
import { cacheDirInput } from './cache-inputs.js'
import { readTsanInputs, type TsanInputs } from './tsan-inputs.js'
import { bool, choice, splitList, type InputReader } from './install-inputs.js'
import { runsPytest } from './command.js'
import { readGithubEvent, type GithubEvent } from './github-event.js'
import { MAX_STRESS_RERUNS } from '../model/evidence.js'
import {
  GIL_SETTINGS,
  isStress,
  MODE_TRAITS,
  MODES,
  type GilSetting,
  type Mode,
  type StressSettings,
} from '../model/mode.js'

/**
 * When the step fails, each value stricter than the one before: never; divergence (divergences that
 * reproduced, and blocking findings); flaky (flaky divergences too); failure (any test that fails).
 */
export const FAIL_ON = ['divergence', 'flaky', 'failure', 'never'] as const
export type FailOn = (typeof FAIL_ON)[number]

/** The inputs of the run, compare and report stages; read only when `run` is set. */
export interface RunInputs {
  modes: Mode[]
  gil: GilSetting
  requireGilDisabled: boolean
  install: string
  run: string
  /** Absolute, and checked to be a directory. */
  workingDirectory: string
  /** copy: every leg but the first runs in a copy of the tree (environments/working-copy.ts); shared: all in place. */
  isolation: Isolation
  shell: Shell
  env: Record<string, string>
  timeoutSeconds: number
  results: string
  junit: boolean
  rerun: number
  /** The most reruns of a failure under thread stress in each stress mode, until its class is decided. */
  stressReruns: number
  /** Seconds after which no round of stress reruns starts. */
  rerunBudgetSeconds: number
  failOn: FailOn
  /** Upload each leg's results as an artifact with this name prefix (matrix legs); '' does not. */
  artifact: string
  /** A shared directory to use instead of the Actions artifact service. */
  artifactDir: string
  /** Threads and iterations of the stress modes (read whether or not one is asked for). */
  stress: StressSettings
  /** The known divergences and findings (`baseline`), when a file is given. */
  baseline: Baseline | undefined
  /** `baseline: auto`: the branch's own last run (a pull request: its base branch's), kept in the cache. */
  baselineAuto: boolean
  /** The workflow run: its event and branch, and whether it may save to the caches. */
  event: GithubEvent
  /** The pull request's comment: off, on-change or always. */
  comment: CommentPolicy
  /** Each build's pip or uv cache, kept between runs (`cache`, `cache-dependency-path`); read by loadSetupInputs. */
  dependencyCache?: DependencyCacheInput
  /** A directory to keep caches in instead of the Actions cache service; '' for the service. */
  cacheDir: string
  /** Where the freethreaded-tsan mode's interpreter comes from, and the project's suppressions. */
  tsan: TsanInputs
  /** The package index asked what to upgrade to (`index-url`, else the install's own); '' asks none. */
  indexUrl: string
}

/** The pull request's comment (checks/pull-request-comment.ts): never, when what it reports changed, or every run. */
export const COMMENT_POLICIES = ['off', 'on-change', 'always'] as const
export type CommentPolicy = (typeof COMMENT_POLICIES)[number]

/** One leg of a matrix (an artifact, one mode): compared, and judged, in the compare job. */
export const isMatrixLeg = (inputs: Pick<RunInputs, 'artifact' | 'modes'>): boolean =>
  inputs.artifact !== '' && inputs.modes.length === 1

export const ISOLATIONS = ['copy', 'shared'] as const
export type Isolation = (typeof ISOLATIONS)[number]

export const DEFAULT_MODES: readonly Mode[] = ['standard', 'freethreaded']
export const DEFAULT_TIMEOUT = '30m'
export const MAX_RERUN = 20
/** Reruns of a failure under thread stress, and the time they may take: see stress/evidence.ts. */
export const DEFAULT_STRESS_RERUNS = 20
export const DEFAULT_RERUN_BUDGET = '60s'
/**
 * Threads per test in the stress modes. 4 finds the example's races on a 2-core runner (where the
 * threads are time-sliced) as on a 4-core one: see docs/stress.md.
 */
export const DEFAULT_STRESS_THREADS = 4
export const DEFAULT_STRESS_ITERATIONS = 1
export const MAX_STRESS_THREADS = 256
export const MAX_STRESS_ITERATIONS = 10_000

/** 90s, 10m, 1.5h, or a bare number of minutes (as timeout-minutes). */
export function parseDuration(value: string, input: string): number {
  const match = /^(\d+(?:\.\d+)?)\s*(s|m|h)?$/.exec(value.trim())
  const units: Record<string, number> = { s: 1, m: 60, h: 3600 }
  const seconds = match ? Number(match[1]) * units[match[2] ?? 'm'] : NaN
  if (!(seconds > 0)) {
    throw new InputError(input, `'${value}' is not a duration; use minutes (30) or a unit: 90s, 10m, 1h`)
  }
  return seconds
}

/** KEY=value per line; blank lines and # comments are skipped. */
export function parseEnv(value: string): Record<string, string> {
  const env: Record<string, string> = {}
  for (const raw of value.split('\n')) {
    const line = raw.trim()
    if (!line || line.startsWith('#')) continue
    const match = /^([A-Za-z_][A-Za-z0-9_]*)=(.*)$/.exec(line)
    if (!match) throw new InputError('env', `'${line}' is not KEY=value`)
    if (match[1] === 'PYTHON_GIL') {
      throw new InputError('env', 'PYTHON_GIL is set per mode by the action; choose modes and gil instead')
    }
    env[match[1]] = match[2]
  }
  return env
}

/** The `gil` input, read the same way by the main action and the matrix. */
export const gilInput = (read: InputReader): GilSetting => choice(read, 'gil', GIL_SETTINGS, 'force-off')

/** The `fail-on` input, read the same way by the main action and the compare job. */
export const failOnInput = (read: InputReader): FailOn => choice(read, 'fail-on', FAIL_ON, 'divergence')

/**
 * The `modes` input: known modes, each once, in MODES' order. Read the same way by the main
 * action and the matrix.
 */
export function parseModes(value: string): Mode[] {
  const names = splitList(value)
  const listed = names.length > 0 ? names : [...DEFAULT_MODES]
  const seen = new Set<Mode>()
  for (const name of listed) {
    if (!(MODES as readonly string[]).includes(name)) {
      throw new InputError('modes', `'${name}' is not a mode; use ${MODES.join(', ')}`)
    }
    if (seen.has(name as Mode)) {
      throw new InputError('modes', `'${name}' is listed twice; list each mode once (${MODES.join(', ')})`)
    }
    seen.add(name as Mode)
  }
  return MODES.filter((mode) => seen.has(mode))
}

/** What @actions/artifact refuses in an artifact name (path-and-artifact-name-validation). */
const ARTIFACT_NAME_REFUSES = ['"', ':', '<', '>', '|', '*', '?', '\r', '\n', '\\', '/']

/** An artifact name (or prefix) the artifact service will accept; '' stays ''. */
export function artifactName(read: InputReader): string {
  const value = read('artifact')
  const bad = [...value].find((c) => ARTIFACT_NAME_REFUSES.includes(c))
  if (bad) {
    throw new InputError(
      'artifact',
      `'${value}' holds ${JSON.stringify(bad)}, which artifact names cannot; use letters, digits, - _ . and spaces (none of " : < > | * ? \\ / or line breaks)`,
    )
  }
  return value
}

/**
 * The `results` glob: modes run at the same time, so each must match its own files. {leg} is
 * unique per mode and version; {mode} per mode; {version} per version.
 */
export function resultsPattern(value: string, modes: number, versions: number): string {
  if (!value) return value
  const perLeg = value.includes('{leg}')
  const perMode = perLeg || value.includes('{mode}') || modes === 1
  const perVersion = perLeg || value.includes('{version}') || versions === 1
  if (!perMode || !perVersion) {
    throw new InputError(
      'results',
      'the modes run at the same time, so each needs its own files: put {mode} (or {leg} with several versions) in the pattern, or have the command write into $SETUP_PYTHON_FT_RESULTS_DIR',
    )
  }
  return value
}

/** The working directory, relative to the workspace: it must exist before anything is installed. */
export function workingDirectory(read: InputReader, workspace: string): string {
  const value = read('working-directory') || '.'
  const dir = path.resolve(workspace, value)
  if (!existsSync(dir) || !statSync(dir).isDirectory()) {
    throw new InputError(
      'working-directory',
      `'${value}' is not a directory (looked for ${dir}); give a folder of the workspace, relative to it`,
    )
  }
  return dir
}

function rerunCount(read: InputReader): number {
  const value = read('rerun') || '0'
  if (!/^\d+$/.test(value) || Number(value) > MAX_RERUN) {
    throw new InputError('rerun', `'${value}' is not valid; use a whole number from 0 to ${MAX_RERUN}`)
  }
  return Number(value)
}

function stressReruns(read: InputReader): number {
  const value = read('stress-reruns') || String(DEFAULT_STRESS_RERUNS)
  if (!/^\d+$/.test(value) || Number(value) > MAX_STRESS_RERUNS) {
    throw new InputError(
      'stress-reruns',
      `'${value}' is not valid; use a whole number from 0 (no reruns: every failure under threads stays undecided) to ${MAX_STRESS_RERUNS}`,
    )
  }
  return Number(value)
}

/** stress-threads: a whole number from 2, or auto for the runner's cores (at least 2). */
function stressThreads(read: InputReader): number {
  const value = read('stress-threads') || String(DEFAULT_STRESS_THREADS)
  if (value === 'auto') return Math.max(2, availableParallelism())
  if (!/^\d+$/.test(value) || Number(value) < 2 || Number(value) > MAX_STRESS_THREADS) {
    throw new InputError(
      'stress-threads',
      `'${value}' is not valid; use a whole number from 2 to ${MAX_STRESS_THREADS}, or auto (the runner's cores)`,
    )
  }
  return Number(value)
}

function stressIterations(read: InputReader): number {
  const value = read('stress-iterations') || String(DEFAULT_STRESS_ITERATIONS)
  if (!/^\d+$/.test(value) || Number(value) < 1 || Number(value) > MAX_STRESS_ITERATIONS) {
    throw new InputError(
      'stress-iterations',
      `'${value}' is not valid; use a whole number from 1 to ${MAX_STRESS_ITERATIONS}`,
    )
  }
  return Number(value)
}

/** stress-threads and stress-iterations, read the same way by the main action and the matrix. */
export const stressInput = (read: InputReader): StressSettings => ({
  threads: stressThreads(read),
  iterations: stressIterations(read),
})

/** Stress modes run pytest with pytest-run-parallel: a command that is not pytest cannot be stressed. */
function checkStressCommand(modes: Mode[], command: string): void {
  const stress = modes.filter(isStress)
  if (stress.length > 0 && !runsPytest(command)) {
    throw new InputError(
      'modes',
      `${stress.join(' and ')} run each test in threads through pytest-run-parallel, but run is not a pytest command; run pytest, or drop the stress modes`,
    )
  }
}

/** A mode that cannot run on the runner's OS (freethreaded-tsan on Windows) is refused at once. */
function checkModesRunOn(modes: Mode[], os: string): void {
  for (const mode of modes) {
    const unsupported = MODE_TRAITS[mode].unsupported
    if (unsupported?.os === os) throw new InputError('modes', `${mode} ${unsupported.why}`)
  }
}

/** Where the run inputs are read: the runner's OS, how many versions, the workspace, the run's event. */
export interface RunContext {
  os: string
  /** How many python-version entries the run covers. */
  versions: number
  workspace: string
  /** The runner's GITHUB_EVENT_* when not given. */
  event?: GithubEvent
}

export const DEFAULT_INDEX_URL = 'https://pypi.org/simple'
/** The variables that point pip and uv at another index, in the order they are looked at. */
const INDEX_VARIABLES = ['PIP_INDEX_URL', 'UV_DEFAULT_INDEX', 'UV_INDEX_URL'] as const

/**
 * `index-url`: the simple API asked what to upgrade to, or `none`. Unset, the index the install uses:
 * PIP_INDEX_URL, UV_DEFAULT_INDEX or UV_INDEX_URL from the `env` input or the job, else PyPI.
 */
function indexUrl(read: InputReader, env: Record<string, string>): string {
  const value = read('index-url').trim()
  if (value.toLowerCase() === 'none') return ''
  if (value) {
    if (!/^https?:$/.test(URL.parse(value)?.protocol ?? ''))
      throw new InputError('index-url', `'${value}' is not an http(s) URL of a simple API (or none)`)
    return value.replace(/\/+$/, '')
  }
  const named = INDEX_VARIABLES.map((name) => env[name] || process.env[name]).find(Boolean)
  // One that is not an http(s) URL (a file: index, which has no JSON API) is not asked.
  if (!named) return DEFAULT_INDEX_URL
  return /^https?:$/.test(URL.parse(named)?.protocol ?? '') ? named.replace(/\/+$/, '') : ''
}

export function parseRunInputs(read: InputReader, context: RunContext): RunInputs {
  const modes = parseModes(read('modes'))
  checkStressCommand(modes, read('run'))
  checkModesRunOn(modes, context.os)
  const env = parseEnv(read('env'))
  const baselineAuto = read('baseline').trim() === 'auto'
  return {
    modes,
    gil: gilInput(read),
    requireGilDisabled: bool(read, 'require-gil-disabled', false),
    install: read('install'),
    run: read('run'),
    workingDirectory: workingDirectory(read, context.workspace),
    isolation: choice(read, 'isolation', ISOLATIONS, 'copy'),
    shell: choice(read, 'shell', SHELLS, context.os === 'win32' ? 'pwsh' : 'bash'),
    env,
    timeoutSeconds: parseDuration(read('timeout') || DEFAULT_TIMEOUT, 'timeout'),
    results: resultsPattern(read('results'), modes.length, context.versions),
    junit: bool(read, 'junit', true),
    rerun: rerunCount(read),
    stressReruns: stressReruns(read),
    rerunBudgetSeconds: parseDuration(read('rerun-budget') || DEFAULT_RERUN_BUDGET, 'rerun-budget'),
    failOn: failOnInput(read),
    artifact: artifactName(read),
    artifactDir: read('artifact-dir'),
    stress: stressInput(read),
    baseline: baselineAuto ? undefined : readBaselineInput(read('baseline'), context.workspace),
    baselineAuto,
    event: context.event ?? readGithubEvent(),
    comment: choice(read, 'comment', COMMENT_POLICIES, 'off'),
    cacheDir: cacheDirInput(read, context.workspace),
    tsan: readTsanInputs(read, context.workspace),
    indexUrl: indexUrl(read, env),
  }
}
