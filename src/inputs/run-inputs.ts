import { InputError } from './errors.js'
import { bool, choice, splitList, type InputReader } from './inputs.js'
import { MODES, type Mode } from '../results/leg.js'

export const GIL_SETTINGS = ['force-off', 'detect'] as const
export type GilSetting = (typeof GIL_SETTINGS)[number]
export const SHELLS = ['bash', 'sh', 'pwsh', 'cmd', 'python'] as const
export type Shell = (typeof SHELLS)[number]
export const FAIL_ON = ['divergence', 'failure', 'never'] as const
export type FailOn = (typeof FAIL_ON)[number]

/** The inputs of the run, compare and report stages; read only when `run` is set. */
export interface RunInputs {
  modes: Mode[]
  /** Names in `modes` that are not modes: reported, and the step fails, but the rest still run. */
  unknownModes: string[]
  gil: GilSetting
  requireGilDisabled: boolean
  install: string
  run: string
  workingDirectory: string
  shell: Shell
  env: Record<string, string>
  timeoutSeconds: number
  results: string
  junit: boolean
  rerun: number
  failOn: FailOn
  /** Upload each leg's results as an artifact with this name prefix (matrix legs); '' does not. */
  artifact: string
  /** A shared directory to use instead of the Actions artifact service. */
  artifactDir: string
}

export const DEFAULT_MODES: readonly Mode[] = ['standard', 'freethreaded']
export const DEFAULT_TIMEOUT = '30m'
export const MAX_RERUN = 20

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

/** The error for a name in `modes` that is not a mode. */
export function notAMode(name: string): InputError {
  return new InputError('modes', `'${name}' is not a mode; use ${MODES.join(', ')}`)
}

export function parseModes(value: string): { modes: Mode[]; unknownModes: string[] } {
  const names = splitList(value)
  const listed = names.length > 0 ? names : [...DEFAULT_MODES]
  const modes = MODES.filter((mode) => listed.includes(mode))
  return { modes, unknownModes: listed.filter((name) => !(MODES as readonly string[]).includes(name)) }
}

function rerunCount(read: InputReader): number {
  const value = read('rerun') || '0'
  if (!/^\d+$/.test(value) || Number(value) > MAX_RERUN) {
    throw new InputError('rerun', `'${value}' is not valid; use a whole number from 0 to ${MAX_RERUN}`)
  }
  return Number(value)
}

export function parseRunInputs(read: InputReader, os: string): RunInputs {
  return {
    ...parseModes(read('modes')),
    gil: gilInput(read),
    requireGilDisabled: bool(read, 'require-gil-disabled', false),
    install: read('install'),
    run: read('run'),
    workingDirectory: read('working-directory') || '.',
    shell: choice(read, 'shell', SHELLS, os === 'win32' ? 'pwsh' : 'bash'),
    env: parseEnv(read('env')),
    timeoutSeconds: parseDuration(read('timeout') || DEFAULT_TIMEOUT, 'timeout'),
    results: read('results'),
    junit: bool(read, 'junit', true),
    rerun: rerunCount(read),
    failOn: failOnInput(read),
    artifact: read('artifact'),
    artifactDir: read('artifact-dir'),
  }
}
