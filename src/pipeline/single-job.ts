import { rmSync } from 'node:fs'
import path from 'node:path'
import type { Installed } from '../configure/exports.js'
import type { RunInputs } from '../inputs/run-inputs.js'
import { keepYoungGenerationSmall } from '../results/memory.js'
import type { LegResult } from '../results/leg-file.js'
import { cancelled } from '../common/cancellation.js'
import * as core from '../common/workflow-commands.js'
import { compare } from '../compare/comparison.js'
import { compareLegs, compareOptions } from './compare-legs.js'
import { keep } from './keep.js'
import { prepare, type Prepared, type SingleJob } from './prepare.js'
import { publishReport } from './publish.js'
import { rerunDivergent } from './rerun.js'
import { runLegs } from './run-legs.js'

/**
 * A cancelled run (common/cancellation.ts) publishes what finished: the legs that ran to their end,
 * compared with each other, and a failure that says how many of the modes that is.
 */
function publishCancelled(prepared: Prepared, legs: LegResult[], job: Omit<SingleJob, 'problem'>) {
  rmSync(path.join(prepared.root, 'trees'), { recursive: true, force: true })
  const finished = legs.filter((leg) => !leg.status.cancelled)
  const expected = finished.map((leg) => ({ group: leg.group, mode: leg.mode }))
  const comparison = compare(finished, { ...compareOptions(prepared), expected })
  const names = finished.map((leg) => leg.mode).join(', ')
  const reason =
    `cancelled (${cancelled()}): ${finished.length} of ${prepared.planned.length} modes finished` +
    (finished.length > 0 ? ` (${names}); their results are below` : '')
  return publishReport(comparison, {
    reportPath: path.join(job.tempDir, 'report.json'),
    failOn: prepared.inputs.failOn,
    problems: 0,
    token: job.token,
    cancelled: reason,
  })
}

/**
 * The single-job run, stage by stage: prepare the environments → run the legs → compare → rerun the
 * divergent tests → keep (caches, artifacts, leg files) → publish. Returns why the step fails, if it
 * does. A cancelled job skips to publishing what finished.
 */
export async function runSingleJob(
  installed: Installed[],
  inputs: RunInputs,
  job: Omit<SingleJob, 'problem'>,
): Promise<string | undefined> {
  keepYoungGenerationSmall()
  let problems = 0
  const problem = (message: string) => {
    problems++
    core.error(message)
  }
  const prepared = await prepare(installed, inputs, { ...job, problem })
  const legs = await runLegs(prepared)
  if (cancelled()) return publishCancelled(prepared, legs, job)
  const first = compareLegs(prepared, legs)
  const reran = await rerunDivergent(prepared, legs, first)
  // Reruns a cancellation cut short say nothing: the run's own results stand.
  const comparison = cancelled() ? first : reran
  if (!cancelled()) await keep(prepared, legs, problem)
  else rmSync(path.join(prepared.root, 'trees'), { recursive: true, force: true })
  return publishReport(comparison, {
    reportPath: path.join(job.tempDir, 'report.json'),
    failOn: inputs.failOn,
    problems,
    token: job.token,
    ...(cancelled() ? { cancelled: `cancelled (${cancelled()}) while rerunning: the reruns are left out` } : {}),
  })
}
