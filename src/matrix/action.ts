import * as core from '../runner/commands.js'
import { InputError } from '../inputs/errors.js'
import { parseInputs, readInputFromEnv, splitList, type Inputs } from '../inputs/inputs.js'
import { gilInput, notAMode, parseModes } from '../inputs/run-inputs.js'
import { sourceOrder, type Loaders } from '../plan/plan.js'
import { parseVersionEntry, rangeReachesFreethreaded, type VersionRequest } from '../plan/version-spec.js'
import type { Platform } from '../platform/platform.js'
import { loadPbs, loadPythonVersions } from '../sources/load.js'
import { planMatrix } from './plan.js'
import { resolverFrom, type Indexes } from './resolve.js'
import { parseRunners } from './runners.js'

/** include / exclude: a JSON list of objects, or one object per line (YAML flow style is not parsed). */
export function parseEntries(value: string, input: string): Record<string, string>[] {
  if (!value.trim()) return []
  let parsed: unknown
  try {
    parsed = JSON.parse(value)
  } catch (error) {
    throw new InputError(
      input,
      `not JSON: ${(error as Error).message}; write a list of objects, [{"os": "macos-latest"}]`,
    )
  }
  if (!Array.isArray(parsed) || parsed.some((e) => !e || typeof e !== 'object' || Array.isArray(e))) {
    throw new InputError(
      input,
      'must be a JSON list of objects, such as [{"os": "windows-latest", "mode": "freethreaded-gil"}]',
    )
  }
  return parsed.map((e) => Object.fromEntries(Object.entries(e as object).map(([k, v]) => [k, String(v)])))
}

/** Loads the sources for one runner's platform; a source that cannot be reached is skipped in auto mode. */
async function indexesFor(inputs: Inputs, platform: Platform): Promise<Indexes> {
  const names = new Set<keyof Loaders>([
    ...sourceOrder(inputs, platform, 'standard'),
    ...sourceOrder(inputs, platform, 'freethreaded'),
  ])
  const indexes: Indexes = []
  for (const name of names) {
    try {
      indexes.push([
        name,
        name === 'pbs' ? await loadPbs(inputs, platform) : await loadPythonVersions(inputs, platform),
      ])
    } catch (error) {
      if (inputs.source !== 'auto') throw error
      core.warning(`${(error as Error).message} (skipped: another source may serve)`)
    }
  }
  if (indexes.length === 0) throw new InputError('source', 'no source of builds could be reached')
  return indexes
}

/** The matrix sub-action: plans the legs' strategy.matrix and the cibuildwheel builds. */
export async function run(): Promise<void> {
  try {
    const read = readInputFromEnv
    const inputs = parseInputs(read, process.env.RUNNER_ARCH || process.arch)
    if (inputs.token) core.setSecret(inputs.token)
    const runners = parseRunners(splitList(read('os') || 'ubuntu-latest'))
    const { modes, unknownModes } = parseModes(read('modes'))
    if (unknownModes.length > 0) throw notAMode(unknownModes[0])
    const entries = inputs.pythonVersions.length > 0 ? inputs.pythonVersions : ['3.14']
    const requests: VersionRequest[] = entries.map((entry) => {
      const request = parseVersionEntry(entry.replace(/t$/, ''), 'standard', inputs.allowPrereleases)
      if (!rangeReachesFreethreaded(request.range)) {
        throw new InputError(
          'python-version',
          `${entry} has no free-threaded build: free-threaded CPython begins at 3.13`,
        )
      }
      return { ...request, entry, builds: ['standard', 'freethreaded'] }
    })
    const indexes = new Map<Platform, Indexes>()
    for (const runner of runners) indexes.set(runner.platform, await indexesFor(inputs, runner.platform))
    const resolve = resolverFrom(indexes, inputs)
    for (const request of requests) {
      if (!runners.some((r) => resolve(request, 'freethreaded', r.platform))) {
        throw new InputError(
          'python-version',
          `${request.entry} has no free-threaded build on ${runners.map((r) => r.label).join(', ')} (free-threaded CPython begins at 3.13)`,
        )
      }
    }
    const plan = planMatrix(
      {
        runners,
        requests,
        modes,
        gil: gilInput(read),
        include: parseEntries(read('include'), 'include'),
        exclude: parseEntries(read('exclude'), 'exclude'),
        artifact: read('artifact') || 'setup-python-ft',
      },
      resolve,
    )
    for (const warning of plan.warnings) core.warning(warning)
    if (plan.dropped.length > 0) core.notice(`Left out, no build to install: ${plan.dropped.join('; ')}`)
    core.info(`${plan.matrix.include.length} legs: ${plan.matrix.include.map((e) => e.name).join(', ')}`)
    core.setOutput('matrix', JSON.stringify(plan.matrix))
    core.setOutput('legs', String(plan.matrix.include.length))
    core.setOutput('dropped', JSON.stringify(plan.dropped))
    core.setOutput('cibw-matrix', JSON.stringify(plan.cibuildwheel.matrix))
    core.setOutput('cibw-build', JSON.stringify(plan.cibuildwheel.build))
    core.setOutput('cibw-enable', plan.cibuildwheel.enable)
  } catch (error) {
    core.setFailed(error instanceof Error ? error.message : String(error))
  }
}
