import { execFile } from 'node:child_process'
import { existsSync } from 'node:fs'
import path from 'node:path'
import { promisify } from 'node:util'
import { which } from '@actions/io'
import semver from 'semver'
import type { Installed, InstalledSource } from '../configure/exports.js'
import { abiTag, minorOf, type Build } from '../model/build.js'
import { effectiveRange, pythonToSemver, type VersionRequest } from '../inputs/version-spec.js'

/*
 * The interpreters a developer's machine already has (the command line's run), for each build in
 * this order: the path given, python3.X or python3.Xt on PATH, then uv's (`uv python find`). What is
 * found is asked what it is; one that is not the build or version asked for is passed over.
 */

const run = promisify(execFile)

/** The minor versions looked for on PATH and with uv, newest first. */
export const LOCAL_MINORS = ['3.16', '3.15', '3.14', '3.13']

const DESCRIBE =
  'import json, sys, sysconfig; print(json.dumps([sys.version.split()[0], bool(sysconfig.get_config_var("Py_GIL_DISABLED")), sys.base_prefix]))'

/** What an interpreter is: its version, its build and its prefix; undefined if it does not run. */
export async function describeInterpreter(
  python: string,
): Promise<{ version: string; build: Build; prefix: string } | undefined> {
  try {
    const { stdout } = await run(python, ['-I', '-c', DESCRIBE], { timeout: 20_000 })
    const [version, freethreaded, prefix] = JSON.parse(stdout.trim()) as [string, boolean, string]
    return { version, build: freethreaded ? 'freethreaded' : 'standard', prefix }
  } catch {
    return undefined
  }
}

/** Whether the version (3.14.2, 3.15.0rc1) satisfies the request for the build (pre-releases only when it allows them). */
function satisfies(version: string, request: VersionRequest, build: Build): boolean {
  const v = pythonToSemver(version)
  return (
    v !== undefined &&
    semver.satisfies(v, effectiveRange(request, build), { includePrerelease: request.includePrerelease })
  )
}

/** `uv python find` for a minor and a build: 3.14t, or 3.14+gil (uv's spelling of the standard build). */
async function uvFind(uv: string, minor: string, build: Build): Promise<string | undefined> {
  const request = build === 'freethreaded' ? `${minor}t` : `${minor}+gil`
  try {
    const { stdout } = await run(uv, ['python', 'find', '--no-project', request], { timeout: 60_000 })
    return stdout.trim() || undefined
  } catch {
    return undefined
  }
}

export interface LocalSearch {
  request: VersionRequest
  builds: Build[]
  /** Paths given for a build (--python-standard, --python-freethreaded). */
  given: Partial<Record<Build, string>>
  /** uv, when it is installed (its path). */
  uv?: string
}

/** What was found for each build (of one minor), and what was not. */
export interface LocalFound {
  found: Installed[]
  missing: Build[]
}

function installedFrom(
  python: string,
  described: { version: string; build: Build; prefix: string },
  source: InstalledSource,
  entry: string,
): Installed {
  return {
    entry,
    version: described.version,
    build: described.build,
    abi: abiTag(described.version, described.build),
    prefix: described.prefix,
    python,
    source,
    sharedLibpython: false,
  }
}

/** Why a path given for a build cannot be used: `usage` when it runs but is not what was asked for. */
export interface GivenFault {
  build: Build
  usage: boolean
  message: string
}

/** A build of one minor: the path given, else on PATH, else uv's. */
async function findBuild(
  search: LocalSearch,
  minor: string | undefined,
  build: Build,
): Promise<{ installed?: Installed; fault?: GivenFault }> {
  const entry = search.request.entry
  const given = search.given[build]
  if (given) {
    const described = existsSync(given) ? await describeInterpreter(given) : undefined
    const fault = (usage: boolean, message: string) => ({ fault: { build, usage, message } })
    if (!described) return fault(false, `${given} is not a Python interpreter that runs`)
    const what = `${given} is Python ${described.version} of the ${described.build} build`
    if (described.build !== build) return fault(true, `${what}, not the ${build} one`)
    if (!satisfies(described.version, search.request, build))
      return fault(true, `${what}, which is not ${search.request.entry} (--python)`)
    return { installed: installedFrom(path.resolve(given), described, 'given', entry) }
  }
  if (!minor) return {}
  const name = `python${minor}${build === 'freethreaded' ? 't' : ''}`
  const onPath = await which(name, false)
  const candidates: [string, InstalledSource][] = onPath ? [[onPath, 'PATH']] : []
  if (search.uv) {
    const fromUv = await uvFind(search.uv, minor, build)
    if (fromUv) candidates.push([fromUv, 'uv'])
  }
  for (const [python, source] of candidates) {
    const described = await describeInterpreter(python)
    if (
      described &&
      described.build === build &&
      minorOf(described.version) === minor &&
      satisfies(described.version, search.request, build)
    )
      return { installed: installedFrom(python, described, source, entry) }
  }
  return {}
}

/**
 * The newest minor version the machine has every asked-for build of (given paths first, then PATH,
 * then uv), else the newest with any of them, and which builds it lacks.
 */
export async function findLocalInterpreters(search: LocalSearch): Promise<LocalFound & { faults: GivenFault[] }> {
  const faults: GivenFault[] = []
  const givenMinors = new Set<string>()
  const givenFound: Installed[] = []
  for (const build of search.builds) {
    if (!search.given[build]) continue
    const result = await findBuild(search, undefined, build)
    if (result.fault) faults.push(result.fault)
    if (result.installed) {
      givenFound.push(result.installed)
      givenMinors.add(minorOf(result.installed.version))
    }
  }
  if (givenMinors.size > 1)
    faults.push({
      build: 'freethreaded',
      usage: true,
      message: `the paths given are of different versions (${[...givenMinors].join(' and ')}); give both builds of one`,
    })
  if (faults.length > 0) return { found: [], missing: search.builds, faults }
  const minors = givenMinors.size > 0 ? [...givenMinors] : LOCAL_MINORS
  let best: LocalFound | undefined
  for (const minor of minors) {
    const found = [...givenFound]
    for (const build of search.builds.filter((b) => !search.given[b])) {
      const result = await findBuild(search, minor, build)
      if (result.installed) found.push(result.installed)
    }
    const missing = search.builds.filter((b) => !found.some((i) => i.build === b))
    if (missing.length === 0) return { found, missing, faults }
    if (!best || found.length > best.found.length) best = { found, missing }
  }
  return { ...(best ?? { found: [], missing: search.builds }), faults }
}
