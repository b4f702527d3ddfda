import { availableParallelism } from 'node:os'
import path from 'node:path'
import type { Comparison } from '../compare/comparison.js'
import { runsPytest } from '../inputs/command.js'
import { rerunTests } from '../legs/leg-execution.js'
import { writeLegFile, type LegResult } from '../results/leg-file.js'
import { mapLimit } from '../common/pool.js'
import * as core from '../common/workflow-commands.js'
import { PLAIN_FAILURE_KINDS } from '../model/divergence.js'
import { compareLegs } from './compare-legs.js'
import type { Prepared } from './prepare.js'
import { weighStressFailures } from './rerun-stress.js'
import { rerunInOtherPlace } from './rerun-place.js'

/** Plain divergences worth rerunning: a hang would only wait again, an absent test cannot run. */
export function rerunnable(comparison: Comparison, group: string): string[] {
  const found = comparison.groups.find((g) => g.group === group)
  return (found?.divergences ?? [])
    .filter((row) => row.kind === 'crashed' || PLAIN_FAILURE_KINDS.includes(row.kind!))
    .filter((row) => !Object.values(row.outcomes).includes('hung'))
    .map((row) => row.id)
}

/**
 * The rerun stage. A divergent test that a mode failed in a copy of the tree (or in place) is rerun
 * once in the other place (rerun-place.ts). With `rerun`, each plain divergence runs that many more times in every mode of
 * its group (flaky when they disagree); each failure under thread stress is rerun in the stress
 * modes until its counts decide its class (rerun-stress.ts). Then the legs are compared again.
 * legs holds the results of prepared.ready, in order.
 */
export async function rerunDivergent(prepared: Prepared, legs: LegResult[], comparison: Comparison) {
  const { inputs, ready } = prepared
  const canRerun = runsPytest(inputs.run)
  if (inputs.rerun > 0 && !canRerun)
    core.warning('rerun: reruns pick single tests through pytest; this command is not pytest')
  if (!canRerun || comparison.divergences === 0) return comparison
  const changed = await rerunInOtherPlace(prepared, legs, comparison)
  if (changed.size > 0) comparison = compareLegs(prepared, legs)
  if (inputs.rerun > 0) {
    await mapLimit(ready, availableParallelism(), async ({ plan, context }, index) => {
      const ids = rerunnable(comparison, plan.group)
      if (ids.length === 0) return
      core.info(`Rerunning ${ids.length} divergent tests ${inputs.rerun} times in ${plan.mode}`)
      legs[index].reruns = { ...legs[index].reruns, ...(await rerunTests(plan, context, ids, inputs.rerun)) }
      changed.add(index)
    })
  }
  for (const index of await weighStressFailures(prepared, legs, comparison)) changed.add(index)
  for (const index of changed) writeLegFile(legs[index], path.join(ready[index].context.legDir, 'leg.json'))
  return changed.size > 0 ? compareLegs(prepared, legs) : comparison
}
