import type { Comparison } from '../compare/comparison.js'
import type { WorkingTree } from '../environments/working-copy.js'
import { rerunTests } from '../legs/leg-execution.js'
import { PLAIN_FAILURE_KINDS } from '../model/divergence.js'
import type { LegResult } from '../results/leg-file.js'
import * as core from '../common/workflow-commands.js'
import type { Prepared } from './prepare.js'

/*
 * With `isolation: copy` the modes ran in different folders: the first in the working directory, the
 * others in copies of the tree. A test that depends on its folder (an absolute path in an assertion,
 * a path's characters or length) then diverges for a reason that is not the build. So each mode
 * reruns the divergent tests it failed alone, once in its own folder and once in the other place, the
 * legs one after another (two in one folder would meet again). compare calls a test that fails alone
 * here and passes there place-dependent; one that passes alone in both depends on the rest of the
 * suite, not on the folder, and keeps its class.
 */

/** Reruns in the other place; returns the indices (into prepared.ready) of the legs that got one. */
export async function rerunInOtherPlace(prepared: Prepared, legs: LegResult[], comparison: Comparison) {
  const { inputs, ready } = prepared
  const changed = new Set<number>()
  const aCopy = ready.find(({ context }) => context.tree.copy)?.context.tree
  if (!aCopy) return changed
  const inPlace: WorkingTree = { workDir: inputs.workingDirectory }
  for (const [index, { plan, context }] of ready.entries()) {
    const group = comparison.groups.find((g) => g.group === plan.group)
    const ids = (group?.divergences ?? [])
      // A crash or a hang is the interpreter's, wherever it runs.
      .filter(
        (row) => PLAIN_FAILURE_KINDS.includes(row.kind!) && ['failed', 'error'].includes(row.outcomes[plan.mode] ?? ''),
      )
      .map((row) => row.id)
    if (ids.length === 0) continue
    const other = context.tree.copy ? inPlace : aCopy
    const where = context.tree.copy ? 'the working directory' : 'a copy of the tree'
    core.info(`Rerunning ${ids.length} divergent tests of ${plan.mode} alone, in its folder and in ${where}`)
    const rounds = { label: 'place', first: 1 }
    const here = await rerunTests(plan, context, ids, 1, rounds)
    const there = await rerunTests(plan, { ...context, workDir: other.workDir, tree: other }, ids, 1, {
      ...rounds,
      first: 2,
    })
    legs[index].placeCheck = Object.fromEntries(ids.map((id) => [id, { here: here[id][0], there: there[id][0] }]))
    changed.add(index)
  }
  return changed
}
