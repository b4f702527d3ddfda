import { createHash } from 'node:crypto'
import { KIND_TITLES } from '../model/divergence.js'
import type { Comparison } from '../compare/comparison.js'
import { displayName } from '../report/annotations.js'
import { code, inlineText } from '../report/escape.js'
import { originLines } from '../report/baseline-origin.js'
import type { SummaryOptions } from '../report/summary.js'
import { verdictLine } from '../report/verdict.js'
import { newDivergences } from '../compare/baseline-match.js'

/*
 * The pull request's comment (pure): the verdict, the new divergences (10 at most) with their class
 * and reproduce command, the fixed ones, and a link to the rest. A hidden marker names the job, so
 * the same comment is found and edited on the next push; a hash of what it reports tells whether
 * anything changed.
 */

export const COMMENT_ROWS = 10
/** GitHub's limit on a comment's body is 65,536 characters; some room is kept. */
export const COMMENT_LIMIT = 65_000

/** The hidden line that names the job's comment: <!-- setup-python-ft:<identity> -->. */
export const commentMarker = (identity: string) => `<!-- setup-python-ft:${identity} -->`

/** What the comment reports, to tell a change from a repeat: the verdict's kind and the tests. */
export function commentState(comparison: Comparison, failed: boolean): string {
  const fresh = comparison.groups.flatMap((g) =>
    g.divergences.filter((r) => r.baseline !== 'known').map((r) => `${g.group}\t${r.id}\t${r.kind}`),
  )
  const fixed = comparison.baseline?.fixed.divergences.map((e) => e.test ?? e.file ?? '') ?? []
  return createHash('sha256')
    .update(JSON.stringify([failed, comparison.outcome, fresh.sort(), fixed.sort()]))
    .digest('hex')
    .slice(0, 16)
}

/** The state a comment's body was written with, read back from its marker line. */
export function stateOf(body: string): string | undefined {
  return /<!-- setup-python-ft-state:([0-9a-f]+) -->/.exec(body)?.[1]
}

export interface CommentContext {
  identity: string
  /** The summary's options: the step's result, where the baseline came from. */
  summary: SummaryOptions
  /** Where the rest is: the check run, else the job's run page. */
  link?: string
  now: Date
}

/** The comment's markdown, markers first. */
export function commentBody(comparison: Comparison, context: CommentContext): string {
  const failed = context.summary.step.failure !== undefined
  const lines = [commentMarker(context.identity), `<!-- setup-python-ft-state:${commentState(comparison, failed)} -->`]
  lines.push(`### setup-python-ft: ${inlineText(verdictLine(comparison, context.summary.step))}`, '')
  const origin = originLines(comparison, context.summary.baselineOrigin, undefined, context.now)
  if (origin.length > 0) lines.push(origin.join('<br>\n'), '')
  const fresh = newDivergences(comparison)
  if (fresh.length > 0) {
    lines.push(
      `| ${comparison.baseline ? 'New divergence' : 'Divergence'} | Class | Reproduce |`,
      '| --- | --- | --- |',
    )
    for (const row of fresh.slice(0, COMMENT_ROWS))
      lines.push(
        `| ${code(displayName(row))} | ${row.kind ? KIND_TITLES[row.kind] : ''} | ${row.reproduce ? code(row.reproduce) : ''} |`,
      )
    if (fresh.length > COMMENT_ROWS) lines.push('', `_${fresh.length - COMMENT_ROWS} more in the job summary._`)
    lines.push('')
  } else if (!failed) lines.push('No new divergence between the builds.', '')
  const fixed = comparison.baseline?.fixed.divergences ?? []
  if (fixed.length > 0) {
    const named = fixed.slice(0, COMMENT_ROWS).map((e) => code(e.test ?? e.file ?? ''))
    const more = fixed.length > COMMENT_ROWS ? ` and ${fixed.length - COMMENT_ROWS} more` : ''
    lines.push(`Fixed: ${named.join(', ')}${more}`, '')
  }
  if (context.link) lines.push(`[Every divergence, its trace and the modes](${context.link})`)
  const body = lines.join('\n')
  // GitHub refuses a comment over 65,536 characters: a cut one still says where the rest is.
  return body.length <= COMMENT_LIMIT
    ? body
    : `${body.slice(0, COMMENT_LIMIT - 200)}\n\n_Cut to GitHub's limit: the job summary has it all._`
}
