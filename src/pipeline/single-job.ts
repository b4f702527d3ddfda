import path from 'node:path'
import type { Installed } from '../configure/exports.js'
import type { RunInputs } from '../inputs/run-inputs.js'
import { keepYoungGenerationSmall } from '../results/memory.js'
import * as core from '../common/workflow-commands.js'
import { compareLegs } from './compare-legs.js'
import { keep } from './keep.js'
import { prepare, type SingleJob } from './prepare.js'
import { publishReport } from './publish.js'
import { rerunDivergent } from './rerun.js'
import { runLegs } from './run-legs.js'

/**
 * The single-job run, stage by stage: prepare the environments → run the legs → compare → rerun the
 * divergent tests → keep (caches, artifacts, leg files) → publish. Returns why the step fails, if it does.
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
  const comparison = await rerunDivergent(prepared, legs, compareLegs(prepared, legs))
  await keep(prepared, legs, problem)
  return publishReport(comparison, {
    reportPath: path.join(job.tempDir, 'report.json'),
    failOn: inputs.failOn,
    problems,
    token: job.token,
  })
}
