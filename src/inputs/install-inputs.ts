import type { Build, BuildsChoice } from '../model/build.js'
import { InputError } from '../common/faults.js'
import { normalizeArch, type Arch } from '../platform/platform.js'

export type SourceChoice = 'auto' | 'python-versions' | 'python-build-standalone'

/** Every input of the action, validated once. */
export interface InstallInputs {
  pythonVersions: string[]
  pythonVersionFile: string
  builds: BuildsChoice
  /** The build the bare `python` on PATH runs; undefined means free-threaded when installed. */
  defaultBuild: Build | undefined
  source: SourceChoice
  architecture: Arch
  allowPrereleases: boolean
  checkLatest: boolean
  updateEnvironment: boolean
  token: string
  manifestUrl: string
  mirror: string
  pbsLatestReleaseUrl: string
  pbsRelease: string
  pbsMirror: string
}

export const DEFAULT_MANIFEST_URL =
  'https://raw.githubusercontent.com/actions/python-versions/main/versions-manifest.json'
export const DEFAULT_PBS_LATEST_RELEASE_URL =
  'https://raw.githubusercontent.com/astral-sh/python-build-standalone/latest-release/latest-release.json'

/** Reads one raw input the way the runner passes it (INPUT_<NAME>). */
export type InputReader = (name: string) => string

export function readInputFromEnv(name: string): string {
  const key = `INPUT_${name.replace(/ /g, '_').toUpperCase()}`
  return (process.env[key] ?? '').trim()
}

export function choice<T extends string>(read: InputReader, name: string, allowed: readonly T[], fallback: T): T {
  const value = read(name) || fallback
  if (!(allowed as readonly string[]).includes(value)) {
    throw new InputError(name, `'${value}' is not valid; use one of: ${allowed.join(', ')}`)
  }
  return value as T
}

export function bool(read: InputReader, name: string, fallback: boolean): boolean {
  const value = read(name).toLowerCase()
  if (value === '') return fallback
  if (['true', 'yes', '1'].includes(value)) return true
  if (['false', 'no', '0'].includes(value)) return false
  throw new InputError(name, `'${read(name)}' is not valid; use true or false`)
}

export function url(read: InputReader, name: string, fallback: string): string {
  const value = read(name) || fallback
  if (value === '') return value
  try {
    const parsed = new URL(value)
    if (!['http:', 'https:', 'file:'].includes(parsed.protocol)) throw new Error(parsed.protocol)
  } catch {
    throw new InputError(name, `'${value}' is not a valid http(s) URL`)
  }
  return value.replace(/\/+$/, '')
}

/** One entry per line or comma, comments (#) and blanks dropped. */
export function splitList(value: string): string[] {
  return value
    .split(/[\n,]/)
    .map((line) => line.replace(/#.*$/, '').trim())
    .filter(Boolean)
}

function pbsRelease(read: InputReader): string {
  const tag = read('pbs-release')
  if (tag && !/^\d{8}$/.test(tag)) {
    throw new InputError('pbs-release', `'${tag}' is not a python-build-standalone release tag; use its date, YYYYMMDD`)
  }
  return tag
}

export function parseInstallInputs(read: InputReader, runnerArch: string): InstallInputs {
  const archValue = read('architecture') || runnerArch
  const architecture = normalizeArch(archValue)
  if (!architecture) {
    throw new InputError('architecture', `'${archValue}' is not supported; use x64 or arm64`)
  }
  return {
    pythonVersions: splitList(read('python-version')),
    pythonVersionFile: read('python-version-file'),
    builds: choice(read, 'builds', ['both', 'freethreaded', 'standard'] as const, 'both'),
    defaultBuild: read('default-build')
      ? choice(read, 'default-build', ['freethreaded', 'standard'] as const, 'freethreaded')
      : undefined,
    source: choice(read, 'source', ['auto', 'python-versions', 'python-build-standalone'] as const, 'auto'),
    architecture,
    allowPrereleases: bool(read, 'allow-prereleases', false),
    checkLatest: bool(read, 'check-latest', false),
    updateEnvironment: bool(read, 'update-environment', true),
    token: read('token'),
    manifestUrl: url(read, 'manifest-url', DEFAULT_MANIFEST_URL),
    mirror: url(read, 'mirror', ''),
    pbsLatestReleaseUrl: url(read, 'pbs-latest-release-url', DEFAULT_PBS_LATEST_RELEASE_URL),
    pbsRelease: pbsRelease(read),
    pbsMirror: url(read, 'pbs-mirror', ''),
  }
}
