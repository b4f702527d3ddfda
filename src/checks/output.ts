import type { Comparison } from '../compare/comparison.js'
import { divergenceAnnotation, divergencesByImportance, findingAnnotation, type Level } from '../report/annotations.js'
import { inRepository } from '../report/repository-paths.js'
import { renderSummary, type SummaryOptions } from '../report/summary.js'

/*
 * What a check run shows (pure): every divergence as an annotation, where a step keeps only 10 of
 * each level, and the job summary as its text, cut to the Checks API's limits.
 */

/** The Checks API takes at most this many annotations per request. */
export const ANNOTATIONS_PER_REQUEST = 50

/** The Checks API's limit on output.summary, in characters. */
export const SUMMARY_CHARACTERS = 65_535

export interface CheckAnnotation {
  path: string
  start_line: number
  end_line: number
  annotation_level: 'failure' | 'warning' | 'notice'
  title: string
  message: string
}

const LEVELS: Record<Level, CheckAnnotation['annotation_level']> = {
  error: 'failure',
  warning: 'warning',
  notice: 'notice',
}

/**
 * Every ThreadSanitizer finding, then every divergence, whose file is in the repository, most
 * important first: the Checks API needs a repository path for each, and one it cannot place would
 * refuse the whole request.
 */
export function checkAnnotations(comparison: Comparison): CheckAnnotation[] {
  const groups = comparison.groups.length
  const annotations = [
    ...comparison.findings.filter((f) => f.tsan).map((f) => findingAnnotation(f, groups)),
    ...divergencesByImportance(comparison).map(({ row, group }) => {
      const annotation = divergenceAnnotation(row, group, groups)
      return { ...annotation, properties: { ...annotation.properties, file: row.file, line: row.line } }
    }),
  ]
  return annotations
    .filter(({ properties }) => properties.file && inRepository(properties.file))
    .map(({ level, message, properties }) => {
      const line = properties.line ?? 1
      return {
        path: properties.file!,
        start_line: line,
        end_line: line,
        annotation_level: LEVELS[level],
        title: properties.title ?? '',
        message: message.slice(0, 60_000),
      }
    })
}

/** Batches of at most `size`, in order; one empty batch for an empty list (the request that creates). */
export function batches<T>(items: T[], size = ANNOTATIONS_PER_REQUEST): T[][] {
  const out: T[][] = []
  for (let at = 0; at < items.length; at += size) out.push(items.slice(at, at + size))
  return out.length > 0 ? out : [[]]
}

/** The check run's title and summary: the job summary's headline, and the summary within limits. */
export function checkOutput(comparison: Comparison, options: SummaryOptions): { title: string; summary: string } {
  // The budget counts bytes, which are never fewer than characters: what fits the bytes fits.
  const summary = renderSummary(comparison, options, SUMMARY_CHARACTERS)
  const title = summary.split('\n')[0].replace(/^#+\s*/, '')
  return { title, summary }
}
