import { readFileSync } from 'node:fs'
import pRetry, { AbortError } from 'p-retry'
import * as core from '../common/workflow-commands.js'
import type { Comparison } from '../compare/comparison.js'
import type { SummaryOptions } from '../report/summary.js'
import { retryDelays } from '../common/retry.js'
import { batches, checkAnnotations, checkOutput } from './output.js'

/*
 * A check run with every divergence annotated, through the Checks API (@actions/github's Octokit,
 * at GITHUB_API_URL, so GHES too). A step keeps only 10 annotations of each level; a check run
 * takes them all, 50 per request. Without the permission (a fork's pull request, a read-only
 * token), the step's own annotations stand, and one notice says how to get the rest.
 */

/** Attempts in all for each request: the first and two retries of a 5xx or a broken connection. */
const ATTEMPTS = 3

export interface CheckRunOptions {
  /** The `token` input: sent to the Checks API and nowhere else. */
  token: string
  /** The job summary's options: the check run's text is the same, and its conclusion the step's. */
  summary: SummaryOptions
}

/** The commit a pull request's checks belong to: its head, not the merge commit GITHUB_SHA names. */
function headSha(): string | undefined {
  const eventPath = process.env.GITHUB_EVENT_PATH
  if (eventPath) {
    try {
      const event = JSON.parse(readFileSync(eventPath, 'utf8')) as { pull_request?: { head?: { sha?: string } } }
      if (event.pull_request?.head?.sha) return event.pull_request.head.sha
    } catch {
      // No readable event: the run's own commit.
    }
  }
  return process.env.GITHUB_SHA || undefined
}

const statusOf = (error: unknown) => (error as { status?: number }).status

/** A request, retried on 5xx and broken connections; a 4xx is final. */
function attempt<T>(request: () => Promise<T>): Promise<T> {
  return pRetry(
    async () => {
      try {
        return await request()
      } catch (error) {
        const status = statusOf(error)
        if (status !== undefined && status < 500) throw new AbortError(error as Error)
        throw error
      }
    },
    { retries: ATTEMPTS - 1, ...retryDelays() },
  )
}

function fallbackNotice(error: unknown, divergences: number): string {
  const status = statusOf(error)
  const reason = (error as Error).message.split('\n')[0]
  const rest = `only the step's annotations show (GitHub keeps 10 of each level)`
  if (status === 403 || status === 404) {
    return `check run: the token may not create check runs (HTTP ${status}: ${reason}), so ${rest}. To see all ${divergences} divergences in the pull request, give the job \`permissions: checks: write\` (a fork's pull request gets a read-only token whatever it asks).`
  }
  const what = status ? `HTTP ${status}: ${reason}` : reason
  return `check run: the Checks API failed (${what}) in each of ${ATTEMPTS} attempts, so ${rest}.`
}

/**
 * Creates the check run, then adds the annotations beyond the first 50 to it; its address. Never
 * fails the step.
 */
export async function publishCheckRun(comparison: Comparison, options: CheckRunOptions): Promise<string | undefined> {
  const repository = process.env.GITHUB_REPOSITORY
  const sha = headSha()
  if (!options.token || comparison.matrixLeg || !repository?.includes('/') || !sha) return
  const [owner, repo] = repository.split('/')
  const annotations = checkAnnotations(comparison)
  const output = checkOutput(comparison, options.summary)
  const [first, ...rest] = batches(annotations)
  const { getOctokit } = await import('@actions/github')
  const octokit = getOctokit(options.token)
  try {
    const created = await attempt(() =>
      octokit.rest.checks.create({
        owner,
        repo,
        name: 'setup-python-ft',
        head_sha: sha,
        status: 'completed',
        conclusion: options.summary.step.failure ? 'failure' : 'success',
        output: { ...output, annotations: first },
      }),
    )
    for (const batch of rest) {
      await attempt(() =>
        octokit.rest.checks.update({
          owner,
          repo,
          check_run_id: created.data.id,
          output: { ...output, annotations: batch },
        }),
      )
    }
    core.info(`Check run with ${annotations.length} annotations: ${created.data.html_url ?? created.data.id}`)
    return created.data.html_url ?? undefined
  } catch (error) {
    core.notice(fallbackNotice(error, comparison.divergences))
    return undefined
  }
}
