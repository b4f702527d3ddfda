import { appendFileSync } from 'node:fs'
import path from 'node:path'
import { writeBaselineFile } from '../baseline/file.js'
import { currentBaseline } from '../compare/baseline-match.js'
import { publishCheckRun } from '../checks/check-run.js'
import * as core from '../common/workflow-commands.js'
import type { CommentPolicy, FailOn } from '../inputs/run-inputs.js'
import type { Comparison, Finding, TestRow } from '../compare/comparison.js'
import { suiteNotRun } from '../compare/findings.js'
import { isTentative } from '../compare/table.js'
import { planAnnotations } from '../report/annotations.js'
import { writeReport, type ReportWriter } from '../report/json-report.js'
import { renderSummary, type SummaryOptions } from '../report/summary.js'
import type { BaselineOrigin } from '../baseline/stored.js'
import { publishComment } from '../checks/pull-request-comment.js'
import type { GithubEvent } from '../inputs/github-event.js'

export interface PublishOptions {
  reportPath: string
  failOn: FailOn
  /** Errors the step already printed (bad modes, failed installs): they fail it whatever fail-on says. */
  problems: number
  /** The report's groups, already written as they were compared (the compare job). */
  report?: ReportWriter
  /** The `token` input: with it, a check run holds every divergence's annotation. */
  token: string
  /** The job was cancelled: why the step fails, first in the summary, whatever fail-on says. */
  cancelled?: string
  /** The workflow run: a pull request's number for the comment, and why nothing was saved (said in the summary). */
  event?: GithubEvent
  /** `baseline: auto`: where the baseline came from, for the summary. */
  baselineOrigin?: BaselineOrigin
  /** The pull request's comment: when to write it, and the job's identity that finds it again. */
  comment?: { policy: CommentPolicy; identity: string }
}

/** The job's run page, where its summary is: the comment's link when there is no check run. */
function runPage(): string | undefined {
  const { GITHUB_SERVER_URL: server, GITHUB_REPOSITORY: repository, GITHUB_RUN_ID: runId } = process.env
  return server && repository && runId ? `${server}/${repository}/actions/runs/${runId}` : undefined
}

/** The modes that ran no test and are new to the baseline (if any): the step's failure names them. */
export function notRunTold(comparison: Comparison): Finding[] {
  return comparison.findings.filter((f) => suiteNotRun(f) && f.baseline !== 'known')
}

/** Why the step fails, or undefined when it passes under fail-on. */
export function failureReason(comparison: Comparison, failOn: FailOn, problems: number): string | undefined {
  if (problems > 0) return `${problems} ${problems === 1 ? 'problem' : 'problems'} above kept modes from running`
  if (failOn === 'never') return undefined
  // A suite that never ran a test fails whatever else fail-on asks; the message is the one error.
  const notRun = notRunTold(comparison)
  if (notRun.length > 0) return notRun.map((f) => f.message).join('; ')
  // With a baseline, only what it does not know fails the step; a flaky divergence (its reruns
  // disagreed) or an undecided one (its counts decided nothing) is a warning unless fail-on is
  // flaky or failure.
  const known = comparison.baseline
  const fresh = comparison.groups.flatMap((g) => g.divergences).filter((row) => !known || row.baseline !== 'known')
  const counted = failOn === 'divergence' ? fresh.filter((row) => !isTentative(row)) : fresh
  const divergences = counted.length
  const blocking = known ? known.newBlockingFindings : comparison.findings.filter((f) => f.blocking).length
  if (divergences > 0 || blocking > 0) {
    const newly = known ? 'new ' : ''
    const parts = [
      divergences > 0 ? `${divergences} ${newly}${divergences === 1 ? 'divergent test' : 'divergent tests'}` : '',
      blocking > 0 ? `${blocking} ${newly}${blocking === 1 ? 'blocking finding' : 'blocking findings'}` : '',
    ]
    const knownCount = known ? comparison.divergences - known.newDivergences : 0
    // What fail-on: divergence left as warnings, by why (isTentative's three reasons).
    const warned = failOn === 'divergence' ? fresh.filter(isTentative) : []
    const count = (why: string, rows: TestRow[]) => (rows.length > 0 ? `${rows.length} ${why}, a warning` : '')
    const asides = [
      knownCount > 0 ? `${knownCount} known, in the baseline` : '',
      count(
        'flaky',
        warned.filter((row) => row.flaky),
      ),
      count(
        'undecided',
        warned.filter((row) => row.kind === 'undecided'),
      ),
      count(
        'place-dependent',
        warned.filter((row) => row.kind === 'place-dependent'),
      ),
    ].filter(Boolean)
    const aside = asides.map((text) => `; ${text}`).join('')
    return `The modes disagree: ${parts.filter(Boolean).join(' and ')} (fail-on: ${failOn}${aside})`
  }
  if (failOn === 'failure' && comparison.failures > 0) {
    return `${comparison.failures} tests failed in every mode (fail-on: failure)`
  }
  return undefined
}

/**
 * What the summary takes from the runner and the run: the step's result, the workspace, where files
 * are shown, where the baseline came from, whether the caches were read-only.
 */
function summaryContext(failure: string | undefined, options: PublishOptions): SummaryOptions {
  const { GITHUB_SERVER_URL: server, GITHUB_REPOSITORY: repository, GITHUB_SHA: sha } = process.env
  return {
    step: { failure, sha, ...(options.cancelled !== undefined ? { cancelled: true } : {}) },
    workspace: process.env.GITHUB_WORKSPACE || process.cwd(),
    ...(server && repository && sha ? { links: { server, repository, sha } } : {}),
    ...(options.baselineOrigin ? { baselineOrigin: options.baselineOrigin } : {}),
    ...(options.event?.readOnly ? { readOnly: options.event.readOnly } : {}),
  }
}

/**
 * Hands a comparison to GitHub: the JSON report, annotations at the tests, the job summary, the
 * outputs and a check run. Shared by the single-job run and the compare sub-action. Returns the
 * failure, if any.
 */
export async function publishReport(comparison: Comparison, options: PublishOptions): Promise<string | undefined> {
  const reason = options.cancelled ?? failureReason(comparison, options.failOn, options.problems)
  if (options.report) options.report.finish(comparison)
  else writeReport(comparison, options.reportPath)
  const told = reason && options.failOn !== 'never' ? notRunTold(comparison) : []
  for (const annotation of planAnnotations(comparison, reason ? 1 : 0, told))
    core.annotation(annotation.level, annotation.message, annotation.properties)
  if (comparison.outcome === 'not-compared') {
    core.notice('Nothing was compared: a comparison needs two modes of one Python version with results (see modes).')
  }
  const summaryOptions = summaryContext(reason, options)
  const summaryFile = process.env.GITHUB_STEP_SUMMARY
  if (summaryFile) appendFileSync(summaryFile, renderSummary(comparison, summaryOptions))
  core.setOutput('divergences', String(comparison.divergences))
  core.setOutput('failures', String(comparison.failures))
  core.setOutput('outcome', options.cancelled ? 'cancelled' : comparison.outcome)
  core.setOutput('report-path', options.reportPath)
  core.setOutput('new-divergences', String(comparison.baseline?.newDivergences ?? comparison.divergences))
  // This run's divergences and findings as a baseline, for a project to copy into its repository.
  const baselinePath = path.join(path.dirname(options.reportPath), 'baseline.json')
  writeBaselineFile(currentBaseline(comparison.groups, comparison.baseline?.baseline), baselinePath)
  core.setOutput('baseline-path', baselinePath)
  const checkRun = await publishCheckRun(comparison, { token: options.token, summary: summaryOptions })
  if (options.comment && options.event) {
    const link = checkRun ?? runPage()
    await publishComment(comparison, {
      ...options.comment,
      event: options.event,
      token: options.token,
      summary: summaryOptions,
      ...(link ? { link } : {}),
    })
  }
  return reason
}
