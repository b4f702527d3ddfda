import { availableParallelism } from 'node:os'
import type { Comparison, TestRow } from '../compare/comparison.js'
import { rerunTests } from '../legs/leg-execution.js'
import { LOOK_EVERY } from '../model/evidence.js'
import { isStress } from '../model/mode.js'
import type { LegResult } from '../results/leg-file.js'
import { weighStress } from '../stress/evidence.js'
import { mapLimit } from '../common/pool.js'
import { cancelled } from '../common/cancellation.js'
import * as core from '../common/workflow-commands.js'
import type { Prepared } from './prepare.js'

/*
 * The stress half of the rerun stage: every failure under thread stress that the first run could
 * not class (undecided) is rerun in each stress mode of its group, a round at a time, until its
 * counts decide (stress/evidence.ts), `stress-reruns` rounds are done, or `rerun-budget` is spent.
 */

/** The failures under thread stress still to be weighed, by group (a hang is not: compare keeps it a hang). */
function undecidedRows(comparison: Comparison): Map<string, TestRow[]> {
  const byGroup = new Map<string, TestRow[]>()
  for (const group of comparison.groups) {
    const rows = group.divergences.filter((row) => row.kind === 'undecided')
    if (rows.length > 0) byGroup.set(group.group, rows)
  }
  return byGroup
}

/** Whether a row's counts so far settle it: a fact at any round, a statistical class only at a look. */
function settled(row: TestRow, reruns: TestRow['reruns'], round: number, last: boolean): boolean {
  const { verdict } = weighStress(row.outcomes, reruns)
  if (verdict === 'thread-unsafe') return true
  return verdict !== 'undecided' && (round % LOOK_EVERY === 0 || last)
}

/** Runs the rounds; returns the indices (into prepared.ready) of the legs that got reruns. */
export async function weighStressFailures(prepared: Prepared, legs: LegResult[], comparison: Comparison) {
  const { inputs, ready } = prepared
  const pending = undecidedRows(comparison)
  const changed = new Set<number>()
  if (pending.size === 0 || inputs.stressReruns === 0) return changed
  const stressLegs = ready.map((leg, index) => ({ ...leg, index })).filter(({ plan }) => isStress(plan.mode))
  const started = Date.now()
  let longest = 0
  let round = 0
  const total = () => [...pending.values()].reduce((n, rows) => n + rows.length, 0)
  core.info(`Weighing ${total()} failures under thread stress: up to ${inputs.stressReruns} reruns in each stress mode`)
  while (pending.size > 0 && round < inputs.stressReruns && !cancelled()) {
    const elapsed = (Date.now() - started) / 1000
    if (round > 0 && elapsed + longest > inputs.rerunBudgetSeconds) {
      core.info(`rerun-budget: ${inputs.rerunBudgetSeconds} s spent after ${round} rounds; ${total()} stay undecided`)
      break
    }
    round++
    const roundStart = Date.now()
    await mapLimit(stressLegs, availableParallelism(), async ({ plan, context, index }) => {
      const rows = pending.get(plan.group)
      if (!rows) return
      const ids = rows.map((row) => row.id)
      const outcomes = await rerunTests(plan, context, ids, 1, { label: 'stress', first: round })
      for (const id of ids) (legs[index].reruns[id] ??= []).push(...outcomes[id])
      changed.add(index)
    })
    longest = Math.max(longest, (Date.now() - roundStart) / 1000)
    for (const [group, rows] of pending) {
      const inGroup = stressLegs.filter(({ plan }) => plan.group === group)
      const rerunsOf = (id: string) =>
        Object.fromEntries(inGroup.map(({ plan, index }) => [plan.mode, legs[index].reruns[id]]))
      const open = rows.filter((row) => !settled(row, rerunsOf(row.id), round, round === inputs.stressReruns))
      if (open.length > 0) pending.set(group, open)
      else pending.delete(group)
    }
  }
  core.info(`Thread stress weighed in ${round} rounds, ${((Date.now() - started) / 1000).toFixed(1)} s`)
  return changed
}
