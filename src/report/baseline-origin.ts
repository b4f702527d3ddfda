import { historyKey, type BaselineOrigin } from '../baseline/stored.js'
import type { Comparison } from '../compare/comparison.js'
import { code, inlineText } from './escape.js'
import { displayName } from './annotations.js'

/*
 * The lines of the summary that say what a run was judged against (`baseline: auto`) and whether it
 * saved anything (pure): "Compared with main @ 1a2b3c4, run 812, 2 days ago", or that no entry of
 * the branch was found, and "read-only cache: pull request".
 */

/** 2 days ago, 5 hours ago, 3 minutes ago, just now. */
export function ago(from: string, now: Date): string {
  const minutes = Math.floor((now.getTime() - Date.parse(from)) / 60_000)
  const [value, unit] =
    minutes >= 2 * 1440
      ? [Math.floor(minutes / 1440), 'day']
      : minutes >= 120
        ? [Math.floor(minutes / 60), 'hour']
        : [minutes, 'minute']
  if (!Number.isFinite(value) || value < 1) return 'just now'
  return `${value} ${unit}${value === 1 ? '' : 's'} ago`
}

/** What the run was compared with, and with what result: one line (a second when nothing is saved). */
export function originLines(
  comparison: Comparison,
  origin: BaselineOrigin | undefined,
  readOnly: string | undefined,
  now: Date,
): string[] {
  const lines: string[] = []
  if (origin) {
    const source = origin.source
    if (source) {
      const summary = comparison.baseline
      const known = comparison.divergences - (summary?.newDivergences ?? comparison.divergences)
      const fixed = summary?.fixed.divergences.length ?? 0
      lines.push(
        `Compared with ${inlineText(source.branch)} @ ${code(source.sha.slice(0, 7))}, run ${inlineText(source.runId)}, ${ago(source.at, now)}: ` +
          `${summary?.newDivergences ?? 0} new, ${fixed} fixed, ${known} still present.`,
      )
    } else if (origin.branch) {
      lines.push(
        `No baseline of ${inlineText(origin.branch)} yet (its first run with \`baseline: auto\`, or its entry was evicted): every divergence counts.`,
      )
    } else lines.push('No branch to keep a baseline for: every divergence counts.')
  }
  if (readOnly) lines.push(`Read-only cache: ${inlineText(readOnly)}. Nothing is saved; restoring is allowed.`)
  return lines
}

/** The known divergences the base's history shows flaking: "diverged in 3 of 20 runs of main (15 %)". */
export function knownFlakyLines(comparison: Comparison, origin: BaselineOrigin | undefined, group: string): string[] {
  if (!origin) return []
  const rows = comparison.groups.find((g) => g.group === group)?.divergences.filter((r) => r.baseline === 'known') ?? []
  return rows.flatMap((row) => {
    const rate = origin.rates[historyKey(group, row.id)]
    if (!rate || rate.diverged >= rate.runs) return []
    const percent = Math.round((100 * rate.diverged) / rate.runs)
    return [
      `- Known flaky (${percent} %): ${code(displayName(row))} diverged in ${rate.diverged} of the last ${rate.runs} runs of ${inlineText(origin.branch)}; not blamed here`,
    ]
  })
}
