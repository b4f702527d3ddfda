import * as core from '../common/workflow-commands.js'
import type { Comparison } from '../compare/comparison.js'
import { newDivergences } from '../compare/baseline-match.js'
import type { GithubEvent } from '../inputs/github-event.js'
import type { CommentPolicy } from '../inputs/run-inputs.js'
import { commentBody, commentMarker, stateOf, type CommentContext } from './comment-body.js'

/*
 * One comment per job on the pull request, through the REST API (@actions/github's Octokit, at
 * GITHUB_API_URL): found again by its hidden marker and edited in place, never one more per push.
 * Without the permission (a fork's pull request gets a read-only token) one warning says so; the
 * step's result does not change.
 */

export interface CommentOptions extends Omit<CommentContext, 'now'> {
  token: string
  policy: CommentPolicy
  event: GithubEvent
}

const statusOf = (error: unknown) => (error as { status?: number }).status

/** Why a comment could not be written, in one line, and that nothing else changes. */
function warningOf(error: unknown, event: GithubEvent): string {
  const status = statusOf(error)
  const reason = `${status ? `HTTP ${status}: ` : ''}${(error as Error).message.split('\n')[0]}`
  const number = event.pullRequest?.number
  if (status === 403 || status === 404) {
    const fork = event.pullRequest?.fork ? "; a fork's pull request gets a read-only token" : ''
    return `comment: the token may not comment on pull request #${number} (${reason})${fork}. The job summary and the check run carry everything; to get the comment, give the job \`permissions: pull-requests: write\``
  }
  return `comment: could not comment on pull request #${number} (${reason}); the job summary and the check run carry everything`
}

/**
 * Creates or edits the job's comment on its pull request. on-change: a comment only when there is
 * news (a new divergence, a failure) or an earlier comment to bring up to date, and no edit when
 * what it reports is unchanged; always: every run. Never fails the step.
 */
export async function publishComment(comparison: Comparison, options: CommentOptions): Promise<void> {
  const number = options.event.pullRequest?.number
  const repository = process.env.GITHUB_REPOSITORY
  if (options.policy === 'off' || !number || !options.token || comparison.matrixLeg || !repository?.includes('/'))
    return
  const [owner, repo] = repository.split('/')
  const body = commentBody(comparison, { ...options, now: new Date() })
  const { getOctokit } = await import('@actions/github')
  const octokit = getOctokit(options.token)
  const marker = commentMarker(options.identity)
  try {
    const comments = await octokit.paginate(octokit.rest.issues.listComments, {
      owner,
      repo,
      issue_number: number,
      per_page: 100,
    })
    // The job's own comment begins with its marker; a person quoting it does not.
    const existing = comments.find((comment) => comment.body?.startsWith(marker))
    const news = options.summary.step.failure !== undefined || newDivergences(comparison).length > 0
    if (existing) {
      if (options.policy === 'on-change' && stateOf(existing.body ?? '') === stateOf(body)) {
        core.info(`comment: pull request #${number}'s comment says this already`)
        return
      }
      await octokit.rest.issues.updateComment({ owner, repo, comment_id: existing.id, body })
      core.info(`comment: updated on pull request #${number}: ${existing.html_url}`)
    } else if (news || options.policy === 'always') {
      const created = await octokit.rest.issues.createComment({ owner, repo, issue_number: number, body })
      core.info(`comment: added to pull request #${number}: ${created.data.html_url}`)
    }
  } catch (error) {
    core.warning(warningOf(error, options.event))
  }
}
