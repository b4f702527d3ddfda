import type { AnnotationProperties, Level } from '../common/workflow-commands.js'
import { KIND_TITLES, type DivergenceKind } from '../model/divergence.js'
import { byImportance, type Comparison, type Finding, type TestRow } from '../compare/comparison.js'
import { isTentative } from '../compare/table.js'
import { reportReproduceCommand } from '../compare/reproduce.js'
import { countsText } from '../stress/evidence.js'
import { firstLines, stripAnsi } from './escape.js'
import { readableStacks, tsanAnnotationPlace } from './tsan-section.js'

export type { Level }

export interface Annotation {
  level: Level
  message: string
  properties: AnnotationProperties
}

/** GitHub keeps 10 annotations of each level per step and drops the rest without a word. */
export const PER_LEVEL_LIMIT = 10

const LEVELS: Record<DivergenceKind, Level> = {
  crashed: 'error',
  hung: 'error',
  'races-without-gil': 'error',
  'freethreaded-only': 'error',
  'standard-only': 'error',
  'stress-only': 'warning',
  undecided: 'warning',
  'place-dependent': 'warning',
  'one-mode-only': 'warning',
  differs: 'warning',
  'not-run': 'notice',
}

/** How a test is named to people: its pytest node id when known. */
export function displayName(row: Pick<TestRow, 'id' | 'nodeid'>): string {
  return row.nodeid ?? row.id
}

/** Each mode's outcome, with its reruns listed (a stress failure's reruns are counted instead). */
export function outcomesLine(row: TestRow): string {
  return Object.entries(row.outcomes)
    .map(([mode, outcome]) => {
      const reruns = row.evidence ? undefined : row.reruns?.[mode as keyof TestRow['outcomes']]
      return `${mode}: ${outcome}${reruns?.length ? ` (reruns: ${reruns.join(', ')})` : ''}`
    })
    .join(' · ')
}

/** freethreaded: failed in its folder, passed in the other */
export function placeCheckText(placeCheck: NonNullable<TestRow['placeCheck']>): string {
  return Object.entries(placeCheck)
    .map(([mode, check]) => `${mode}: ${check!.here} in its folder, ${check!.there} in the other`)
    .join(' · ')
}

/** Every group's divergences with their group, most important first. */
export function divergencesByImportance(comparison: Comparison): { row: TestRow; group: string }[] {
  const rows = comparison.groups.flatMap((g) => g.divergences.map((row) => ({ row, group: g.group })))
  return rows.sort((a, b) => byImportance(a.row, b.row))
}

/** A finding's annotation; a ThreadSanitizer report's is at its place, with its top frames. */
export function findingAnnotation(f: Finding, groups: number): Annotation {
  return {
    level: f.baseline === 'known' ? 'notice' : f.blocking ? 'error' : 'warning',
    message: f.tsan ? `${f.message}\n\n${firstLines(readableStacks(f.tsan), 12)}` : f.message,
    properties: {
      title: `${f.tsan ? 'ThreadSanitizer' : 'setup-python-ft'}${groups > 1 ? ` [${f.group}]` : ''}`,
      ...(f.tsan ? tsanAnnotationPlace(f.tsan) : {}),
    },
  }
}

/** A divergence's annotation: the title says its class, the message its outcomes and failure. */
export function divergenceAnnotation(row: TestRow, group: string, groups: number): Annotation {
  const known = row.baseline === 'known' ? ' (in the baseline)' : ''
  const title = `${KIND_TITLES[row.kind!]}${row.flaky ? ' (flaky)' : ''}${known}${groups > 1 ? ` [${group}]` : ''}`
  const message = Object.values(row.messages ?? {})[0]
  const details = row.details?.startsWith(message ?? '\0')
    ? row.details
    : [message, row.details].filter(Boolean).join('\n\n')
  const failure = firstLines(details, 12)
  return {
    level: known ? 'notice' : isTentative(row) && LEVELS[row.kind!] === 'error' ? 'warning' : LEVELS[row.kind!],
    message: [
      `${stripAnsi(displayName(row))}`,
      row.evidence ? `Reruns: ${countsText(row.evidence)}` : '',
      row.placeCheck ? `Rerun alone (isolation: copy): ${placeCheckText(row.placeCheck)}` : '',
      outcomesLine(row),
      failure,
      row.reproduce ? `Reproduce: ${stripAnsi(row.reproduce)}` : '',
      reportReproduceCommand(row) ? `With the run's report: ${stripAnsi(reportReproduceCommand(row)!)}` : '',
    ]
      .filter(Boolean)
      .join('\n'),
    properties: { title, file: row.file, line: row.file ? row.line : undefined },
  }
}

/** A notice per baseline entry that matched nothing: it can go. */
function fixedAnnotations(comparison: Comparison): Annotation[] {
  const fixed = comparison.baseline?.fixed
  if (!fixed) return []
  const where = (entry: { group?: string }) => (entry.group ? ` in ${entry.group}` : '')
  return [
    ...fixed.divergences.map((entry) => `${entry.test ?? entry.file}${where(entry)} no longer diverges`),
    ...fixed.findings.map(
      (entry) =>
        `the ${entry.kind} finding${(entry.module ?? entry.distribution) ? ` on ${entry.module ?? entry.distribution}` : ''}${where(entry)} is gone`,
    ),
  ].map((what) => ({
    level: 'notice',
    message: `${what}: remove it from the baseline`,
    properties: { title: 'Fixed in the baseline' },
  }))
}

/**
 * The annotations for a comparison, most important first, within GitHub's limit of 10 per level.
 * reserveErrors keeps room for the step's own failure message; what it already tells (told) is left out. What does not fit is counted in a
 * closing notice.
 */
export function planAnnotations(comparison: Comparison, reserveErrors: number, told: Finding[] = []): Annotation[] {
  const groups = comparison.groups.length
  const rows = divergencesByImportance(comparison)
  const candidates: Annotation[] = [
    ...comparison.findings
      .filter((f) => (f.blocking || f.kind !== 'no-tests') && !told.includes(f))
      .map((f) => findingAnnotation(f, groups)),
    ...rows.map(({ row, group }) => divergenceAnnotation(row, group, groups)),
    ...fixedAnnotations(comparison),
  ]
  const room: Record<Level, number> = {
    error: PER_LEVEL_LIMIT - reserveErrors,
    warning: PER_LEVEL_LIMIT,
    notice: PER_LEVEL_LIMIT - 1,
  }
  const shown: Annotation[] = []
  let left = 0
  for (const annotation of candidates) {
    if (room[annotation.level] > 0) {
      room[annotation.level]--
      shown.push(annotation)
    } else left++
  }
  if (left > 0) {
    shown.push({
      level: 'notice',
      message: `${left} more findings and divergences are not annotated (GitHub shows ${PER_LEVEL_LIMIT} of each level per step): see the job summary and the JSON report.`,
      properties: { title: 'More divergences' },
    })
  }
  return shown
}
