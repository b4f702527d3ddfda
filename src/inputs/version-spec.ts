import semver from 'semver'
import { InputError } from '../common/faults.js'
import type { Build, BuildsChoice } from '../model/build.js'

/** Free-threaded CPython builds exist from this version on. */
export const FIRST_FREETHREADED = '3.13.0-0'

/** One line of `python-version`, understood. */
export interface VersionRequest {
  /** What the user wrote, for messages. */
  entry: string
  /** A semver range; prereleases are matched only when `includePrerelease` is set. */
  range: string
  includePrerelease: boolean
  /** The builds this entry installs. */
  builds: Build[]
}

const DEV = /^(\d+\.\d+)-dev$/
/** uv's spelling of the standard build: 3.14+gil. */
const TRAILING_GIL = /^(.+)\+gil$/
const TRAILING_T = /^(\d+\.\d+(?:\.\d+)?(?:[-.]?(?:a|b|rc|alpha|beta)\.?\d+)?)t$/

/** Turns a Python version string (3.15.0rc1, 3.15.0-rc.1, 3.14.7) into semver, or undefined. */
export function pythonToSemver(version: string): string | undefined {
  const match = /^(\d+)\.(\d+)(?:\.(\d+))?(?:[-.]?(a|b|rc|alpha|beta)\.?(\d+))?$/.exec(version)
  if (!match) return undefined
  const [, major, minor, patch = '0', pre, preNumber] = match
  const core = `${major}.${minor}.${patch}`
  if (!pre) return core
  const label = { a: 'alpha', alpha: 'alpha', b: 'beta', beta: 'beta', rc: 'rc' }[pre]
  return `${core}-${label}.${preNumber}`
}

/**
 * Parses one `python-version` entry: 3.14, 3.14.7, 3.x, >=3.13, 3.15-dev, 3.14t, 3.14.7t, 3.14+gil.
 * `builds` narrows what a plain entry installs; an entry ending in t installs only free-threaded, one
 * ending in +gil (as uv writes it) only the standard build.
 */
export function parseVersionEntry(entry: string, builds: BuildsChoice, allowPrereleases: boolean): VersionRequest {
  const input = 'python-version'
  let spec = entry.trim()
  let wanted: Build[] = builds === 'both' ? ['standard', 'freethreaded'] : [builds]
  let includePrerelease = allowPrereleases

  const freethreadedOnly = TRAILING_T.exec(spec)
  if (freethreadedOnly) {
    if (builds === 'standard') {
      throw new InputError(input, `'${entry}' asks for the free-threaded build, but builds is 'standard'`)
    }
    spec = freethreadedOnly[1]
    wanted = ['freethreaded']
  }

  const standardOnly = TRAILING_GIL.exec(spec)
  if (standardOnly) {
    if (builds === 'freethreaded') {
      throw new InputError(input, `'${entry}' asks for the standard build, but builds is 'freethreaded'`)
    }
    spec = standardOnly[1]
    wanted = ['standard']
  }

  const dev = DEV.exec(spec)
  let range: string | null
  if (dev) {
    range = `~${dev[1]}.0-0`
    includePrerelease = true
  } else {
    const exact = pythonToSemver(spec)
    // 3.15 with allow-prereleases also matches 3.15.0rc1, as in setup-python.
    if (exact && /^\d+\.\d+$/.test(spec)) range = allowPrereleases ? `~${exact}-0` : `~${exact}`
    else if (exact) range = exact
    else range = semver.validRange(spec)
    if (exact && semver.prerelease(exact)) includePrerelease = true
  }
  if (!range) {
    throw new InputError(
      input,
      `'${entry}' is not a CPython version; write it like 3.14, 3.14.7, 3.x, >=3.13, 3.15-dev or 3.14t`,
    )
  }

  if (wanted.includes('freethreaded') && !rangeReachesFreethreaded(range)) {
    throw new InputError(
      input,
      `'${entry}' has no free-threaded build: free-threaded CPython begins at 3.13` +
        (freethreadedOnly ? '' : '; set builds: standard to install only the standard build'),
    )
  }
  return { entry, range, includePrerelease, builds: wanted }
}

/** True when some version from 3.13 on satisfies the range. */
export function rangeReachesFreethreaded(range: string): boolean {
  return semver.intersects(range, `>=${FIRST_FREETHREADED}`, { includePrerelease: true })
}

/** The range a free-threaded build must satisfy: the request's range, from 3.13 on. */
export function effectiveRange(request: VersionRequest, build: Build): string {
  return build === 'freethreaded' ? `${request.range} >=${FIRST_FREETHREADED}` : request.range
}

/** Reads a .python-version file's first usable line, as setup-python does. */
export function parseVersionFile(text: string): string[] {
  return text
    .split(/\r?\n/)
    .map((line) => line.replace(/#.*$/, '').trim())
    .filter(Boolean)
}
