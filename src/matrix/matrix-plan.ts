import type { Build } from '../model/build.js'
import { InputError } from '../common/faults.js'
import type { GilSetting } from '../model/mode.js'
import { legArtifact } from '../model/leg.js'
import { buildOf, isStress, type Mode } from '../model/mode.js'
import { platformName, type Platform } from '../platform/platform.js'
import { groupLabel } from '../model/leg.js'
import { pythonGilFor } from '../model/mode.js'
import { abiTag, minorOf } from '../model/build.js'
import type { VersionRequest } from '../inputs/version-spec.js'
import { wheelBuilds } from './cibuildwheel.js'
import type { MatrixInputs } from '../inputs/matrix-inputs.js'
import type { Runner } from '../inputs/runner-labels.js'

/** One job of the leg matrix. Keys are kebab-case, as workflows spell them. */
export interface MatrixEntry {
  name: string
  os: string
  platform: string
  'python-version': string
  mode: Mode
  build: Build
  /** '' leaves PYTHON_GIL unset. */
  'python-gil': string
  /** The main action's gil input for this leg. */
  gil: GilSetting
  /** The main action's stress inputs for a stress leg; '' for the others. */
  'stress-threads': string
  'stress-iterations': string
  abi: string
  group: string
  artifact: string
  [extra: string]: string
}

export interface WheelEntry {
  os: string
  only: string
  build: Build
  'python-version': string
  'cibw-enable': string
  'test-environment': string
}

export interface MatrixPlan {
  matrix: { include: MatrixEntry[] }
  /** Combinations with no build to install, left out. */
  dropped: string[]
  warnings: string[]
  cibuildwheel: { matrix: { include: WheelEntry[] }; build: Record<string, string>; enable: string }
}

/** Resolves a request for one build on one platform to the version a leg would install. */
export type Resolve = (request: VersionRequest, build: Build, platform: Platform) => string | undefined

/** What the matrix is planned from: the matrix sub-action's inputs, less the install ones. */
export type MatrixOptions = Omit<MatrixInputs, 'install'>

const DIMENSIONS = ['os', 'python-version', 'mode'] as const

function matches(entry: Record<string, string>, pattern: Record<string, string>): boolean {
  return Object.entries(pattern).every(([key, value]) => String(entry[key]) === String(value))
}

function entryFor(
  runner: Runner,
  request: VersionRequest,
  mode: Mode,
  options: MatrixOptions,
  resolve: Resolve,
  dropped: string[],
): MatrixEntry | undefined {
  const build = buildOf(mode)
  const platform = platformName(runner.platform)
  const version = resolve(request, build, runner.platform)
  if (!version) {
    dropped.push(`${request.entry} ${mode} on ${runner.label} (${platform}): no ${build} build`)
    return undefined
  }
  const minor = minorOf(version)
  return {
    name: `${request.entry} ${mode} · ${runner.label}`,
    os: runner.label,
    platform,
    'python-version': request.entry,
    mode,
    build,
    'python-gil': pythonGilFor(mode, options.gil) ?? '',
    gil: options.gil,
    'stress-threads': isStress(mode) ? String(options.stress.threads) : '',
    'stress-iterations': isStress(mode) ? String(options.stress.iterations) : '',
    abi: abiTag(version, build),
    group: groupLabel(minor, platform),
    artifact: legArtifact(options.artifact, platform, minor, mode),
  }
}

/**
 * Crosses runners, versions and modes into a strategy.matrix, leaving out combinations with no
 * build, then applies exclude and include as GitHub does. Also plans the cibuildwheel builds.
 */
export function planMatrix(options: MatrixOptions, resolve: Resolve): MatrixPlan {
  const dropped: string[] = []
  const warnings: string[] = []
  let entries: MatrixEntry[] = []
  for (const runner of options.runners) {
    for (const request of options.requests) {
      for (const mode of options.modes) {
        const entry = entryFor(runner, request, mode, options, resolve, dropped)
        if (entry) entries.push(entry)
      }
    }
  }
  for (const request of options.requests) {
    const ft = options.runners.map((r) => resolve(request, 'freethreaded', r.platform)).find(Boolean)
    if (ft && minorOf(ft) === '3.13' && options.modes.some((m) => m !== 'standard')) {
      warnings.push(
        `python-version: ${request.entry} resolves to ${ft}; 3.13t was an experiment, is deprecated upstream and misses later free-threading safety fixes: test 3.14t or later`,
      )
    }
  }
  const before = entries.length
  entries = entries.filter((entry) => !options.exclude.some((pattern) => matches(entry, pattern)))
  if (before > 0 && entries.length === 0 && options.include.length === 0) {
    throw new InputError('exclude', `every one of the ${before} combinations was excluded: the matrix would be empty`)
  }
  for (const extra of options.include) {
    const dimensions = Object.fromEntries(DIMENSIONS.filter((k) => k in extra).map((k) => [k, extra[k]]))
    const targets = entries.filter((entry) => matches(entry, dimensions))
    if (targets.length > 0 && Object.keys(dimensions).length > 0) {
      for (const target of targets) Object.assign(target, { ...extra, ...dimensions })
    } else entries.push(extra as MatrixEntry)
  }
  if (entries.length === 0) {
    throw new InputError(
      'python-version',
      `no combination of os, python-version and modes has a build to install${dropped.length ? `: ${dropped.join('; ')}` : ''}`,
    )
  }
  const cibuildwheel = planWheels(options, resolve, warnings)
  return { matrix: { include: entries }, dropped, warnings: [...new Set(warnings)], cibuildwheel }
}

function planWheels(options: MatrixOptions, resolve: Resolve, warnings: string[]): MatrixPlan['cibuildwheel'] {
  const include: WheelEntry[] = []
  const build: Record<string, string> = {}
  const enable = new Set<string>()
  const builds = [...new Set(options.modes.map(buildOf))]
  for (const runner of options.runners) {
    const ids: string[] = []
    for (const request of options.requests) {
      const version = resolve(request, 'standard', runner.platform) ?? resolve(request, 'freethreaded', runner.platform)
      if (!version) continue
      const wheels = wheelBuilds(version, builds, runner.platform)
      if (builds.includes('freethreaded') && !wheels.some((w) => w.build === 'freethreaded')) {
        const abi = abiTag(version, 'freethreaded')
        warnings.push(
          `cibuildwheel 4 builds no ${abi} wheels (dropped in cibuildwheel 4.0): ${abi} is left out of the wheel builds`,
        )
      }
      for (const wheel of wheels) {
        ids.push(wheel.identifier)
        wheel.enable.forEach((group) => enable.add(group))
        include.push({
          os: runner.label,
          only: wheel.identifier,
          build: wheel.build,
          'python-version': request.entry,
          'cibw-enable': wheel.enable.join(' '),
          'test-environment': wheel.testEnvironment,
        })
      }
    }
    build[runner.label] = [...new Set(ids)].join(' ')
  }
  return { matrix: { include }, build, enable: [...enable].join(' ') }
}
