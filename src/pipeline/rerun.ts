import { availableParallelism } from 'node:os'
import path from 'node:path'
import type { Comparison } from '../compare/comparison.js'
import { runsPytest } from '../inputs/command.js'
import { rerunTests } from '../legs/leg-execution.js'
import { writeLegFile, type LegResult } from '../results/leg-file.js'
import { mapLimit } from '../common/pool.js'
import * as core from '../common/workflow-commands.js'
import { compareLegs } from './compare-legs.js'
import type { Prepared } from './prepare.js'

/** Divergent tests worth rerunning: a hang would only wait again, an absent test cannot run. */
export function rerunnable(comparison: Comparison, group: string): string[] {
  const found = comparison.groups.find((g) => g.group === group)
  return (found?.divergences ?? [])
    .filter((row) =>
      ['crashed', 'races-without-gil', 'freethreaded-only', 'standard-only', 'stress-only', 'differs'].includes(
        row.kind!,
      ),
    )
    .filter((row) => !Object.values(row.outcomes).includes('hung'))
    .map((row) => row.id)
}

/**
 * The rerun stage: with `rerun`, each divergent test runs that many more times in every mode of its
 * group, and the legs are compared again with their reruns. legs holds the results of prepared.ready, in order.
 */
export async function rerunDivergent(prepared: Prepared, legs: LegResult[], comparison: Comparison) {
  const { inputs, ready } = prepared
  const canRerun = runsPytest(inputs.run)
  if (inputs.rerun > 0 && !canRerun)
    core.warning('rerun: reruns pick single tests through pytest; this command is not pytest')
  if (inputs.rerun === 0 || !canRerun || comparison.divergences === 0) return comparison
  await mapLimit(ready, availableParallelism(), async ({ plan, context }, index) => {
    const ids = rerunnable(comparison, plan.group)
    if (ids.length === 0) return
    core.info(`Rerunning ${ids.length} divergent tests ${inputs.rerun} times in ${plan.mode}`)
    legs[index].reruns = await rerunTests(plan, context, ids, inputs.rerun)
    writeLegFile(legs[index], path.join(context.legDir, 'leg.json'))
  })
  return compareLegs(prepared, legs)
}
