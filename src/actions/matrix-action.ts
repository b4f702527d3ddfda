import * as core from '../common/workflow-commands.js'
import { InputError } from '../common/faults.js'
import type { InstallInputs } from '../inputs/install-inputs.js'
import { loadMatrixInputs, type MatrixInputs } from '../inputs/matrix-inputs.js'
import { loadOrSkip, sourceOrder, type Loaders } from '../resolve/install-plan.js'
import type { Platform } from '../platform/platform.js'
import { sourceLoaders } from '../sources/load.js'
import { planMatrix } from '../matrix/matrix-plan.js'
import { resolverFrom, type Indexes } from '../matrix/matrix-versions.js'
import type { Action } from './action.js'

/** Loads the sources for one runner's platform under the install plan's policy. */
async function indexesFor(inputs: InstallInputs, platform: Platform): Promise<Indexes> {
  const names = new Set<keyof Loaders>([
    ...sourceOrder(inputs, platform, 'standard'),
    ...sourceOrder(inputs, platform, 'freethreaded'),
  ])
  const loaders = sourceLoaders(inputs, platform)
  const indexes: Indexes = []
  for (const name of names) {
    const loaded = await loadOrSkip(loaders[name], inputs)
    if ('index' in loaded) indexes.push([name, loaded.index])
    else core.warning(`${(loaded.error as Error).message} (skipped: another source may serve)`)
  }
  if (indexes.length === 0) throw new InputError('source', 'no source of builds could be reached')
  return indexes
}

/** The matrix sub-action: plans the legs' strategy.matrix and the cibuildwheel builds. */
export const matrixAction: Action<MatrixInputs> = {
  load: loadMatrixInputs,
  async run(options) {
    const { install: inputs, runners, requests } = options
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
    const plan = planMatrix(options, resolve)
    for (const warning of plan.warnings) core.warning(warning)
    if (plan.dropped.length > 0) core.notice(`Left out, no build to install: ${plan.dropped.join('; ')}`)
    core.info(`${plan.matrix.include.length} legs: ${plan.matrix.include.map((e) => e.name).join(', ')}`)
    core.setOutput('matrix', JSON.stringify(plan.matrix))
    core.setOutput('legs', String(plan.matrix.include.length))
    core.setOutput('dropped', JSON.stringify(plan.dropped))
    core.setOutput('cibw-matrix', JSON.stringify(plan.cibuildwheel.matrix))
    core.setOutput('cibw-build', JSON.stringify(plan.cibuildwheel.build))
    core.setOutput('cibw-enable', plan.cibuildwheel.enable)
    return undefined
  },
}
