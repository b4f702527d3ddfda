import { rmSync } from 'node:fs'
import path from 'node:path'
import { libpythonPath, type Installed } from '../configure/exports.js'
import type { RunInputs } from '../inputs/run-inputs.js'
import { keepYoungGenerationSmall } from '../results/memory.js'
import type { LegResult } from '../results/leg-file.js'
import { cancelled, watchCancellation } from '../common/cancellation.js'
import * as core from '../common/workflow-commands.js'
import { compare, type Comparison } from '../compare/comparison.js'
import { compareLegs, compareOptions } from './compare-legs.js'
import { keep } from './keep.js'
import { prepare, type Prepared, type SingleJob } from './prepare.js'
import { publishReport } from './publish.js'
import { rerunDivergent } from './rerun.js'
import { runLegs } from './run-legs.js'
import { originOf } from './auto-baseline.js'

/**
 * A run the job's cancellation cut short (common/cancellation.ts): the legs that ran to their end,
 * compared with each other, and the failure that says how many of the modes that is.
 */
function whatFinished(prepared: Prepared, legs: LegResult[], signal: string) {
  const finished = legs.filter((leg) => !leg.status.cancelled)
  const expected = finished.map((leg) => ({ group: leg.group, mode: leg.mode }))
  const names = finished.map((leg) => leg.mode).join(', ')
  const reason =
    `cancelled (${signal}): ${finished.length} of ${prepared.planned.length} modes finished` +
    (finished.length > 0 ? ` (${names}); their results are below` : '')
  return { comparison: compare(finished, { ...compareOptions(prepared), expected }), reason }
}

/** The stages after the preparation; what the run publishes, and why it fails if it was cancelled. */
async function runAndCompare(
  prepared: Prepared,
  problem: (message: string) => void,
): Promise<{ comparison: Comparison; reason?: string }> {
  const legs = await runLegs(prepared)
  const stopped = cancelled()
  if (stopped) return whatFinished(prepared, legs, stopped)
  const first = compareLegs(prepared, legs)
  const reran = await rerunDivergent(prepared, legs, first)
  // Reruns a cancellation cut short say nothing: the run's own results stand.
  const late = cancelled()
  if (late) return { comparison: first, reason: `cancelled (${late}) while rerunning: the reruns are left out` }
  await keep(prepared, legs, reran, problem)
  return { comparison: reran }
}

/**
 * The single-job run, stage by stage: prepare the environments → run the legs → compare → rerun the
 * divergent tests → keep (caches, artifacts, leg files) → publish. Returns why the step fails, if it
 * does, how many problems kept modes from running, and where the report is. From its start, SIGINT and SIGTERM cancel it: every mode's processes are stopped and what
 * finished is published. The legs' copies of the tree are removed however it ends.
 */
export async function runSingleJob(
  installed: Installed[],
  inputs: RunInputs,
  job: Omit<SingleJob, 'problem'>,
): Promise<{ failure: string | undefined; problems: number; reportPath: string; cancelled: boolean }> {
  keepYoungGenerationSmall()
  // The interpreters need their libpython even when the job's environment was left alone.
  const libraryPath = libpythonPath(installed, job.platform.os, process.env.LD_LIBRARY_PATH)
  if (libraryPath) process.env.LD_LIBRARY_PATH = libraryPath
  watchCancellation(
    (signal) => core.info(`Cancelled (${signal}): every mode's processes stopped; publishing what finished`),
    (signal) => core.setFailed(`cancelled (${signal}): the run did not end within the runner's grace period`),
  )
  let problems = 0
  const problem = (message: string) => {
    problems++
    core.error(message)
  }
  const prepared = await prepare(installed, inputs, { ...job, problem })
  let outcome: Awaited<ReturnType<typeof runAndCompare>>
  try {
    outcome = await runAndCompare(prepared, problem)
  } finally {
    rmSync(prepared.copiesDir, { recursive: true, force: true })
  }
  const reportPath = path.join(job.tempDir, 'report.json')
  const failure = await publishReport(outcome.comparison, {
    reportPath,
    failOn: inputs.failOn,
    problems,
    token: job.token,
    event: inputs.event,
    ...(prepared.auto ? { baselineOrigin: originOf(prepared.auto) } : {}),
    comment: { policy: inputs.comment, identity: prepared.identity },
    ...(outcome.reason ? { cancelled: outcome.reason } : {}),
  })
  return { failure, problems, reportPath, cancelled: outcome.reason !== undefined }
}
