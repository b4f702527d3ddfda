import { isTentativeDivergence, KIND_TITLES, type DivergenceKind } from '../model/divergence.js'
import type { Mode } from '../model/mode.js'
import { readinessLine } from '../dependencies/readiness.js'
import { upgradeText } from '../dependencies/upgrades.js'
import {
  divergentTests,
  hasBlockingFinding,
  type ReportFile,
  type ReportGroup,
  type ReportTest,
} from './report-file.js'
import { readableTrace } from './traces.js'
import { reportReproduceCommand } from '../compare/reproduce.js'

/*
 * A report read back, for a terminal or as markdown (pure): the verdict, each group's modes, its
 * divergences with class, outcomes, reruns, reproduce command and full trace, the GIL findings and
 * the other findings, and dependency readiness. `setup-python-ft report` prints it.
 */

/** How text is marked: ANSI colours on a terminal, markdown, or nothing. */
export interface Style {
  heading: (text: string) => string
  bad: (text: string) => string
  good: (text: string) => string
  warn: (text: string) => string
  dim: (text: string) => string
  code: (text: string) => string
  /** A block of verbatim lines (a trace). */
  block: (text: string) => string
}

const ansi = (open: number, close: number) => (text: string) => `\u001b[${open}m${text}\u001b[${close}m`
const indent = (text: string, by = '    ') =>
  text
    .split('\n')
    .map((line) => (line ? `${by}${line}` : line))
    .join('\n')

export const PLAIN: Style = {
  heading: (t) => t,
  bad: (t) => t,
  good: (t) => t,
  warn: (t) => t,
  dim: (t) => t,
  code: (t) => t,
  block: (t) => indent(t),
}
export const COLOURED: Style = {
  heading: ansi(1, 22),
  bad: ansi(31, 39),
  good: ansi(32, 39),
  warn: ansi(33, 39),
  dim: ansi(2, 22),
  code: ansi(36, 39),
  block: (t) => indent(ansi(2, 22)(t)),
}
export const MARKDOWN: Style = {
  heading: (t) => `### ${t}`,
  bad: (t) => t,
  good: (t) => t,
  warn: (t) => t,
  dim: (t) => `_${t}_`,
  code: (t) => `\`${t}\``,
  block: (t) => `\`\`\`text\n${t}\n\`\`\``,
}

/** Whether to colour: NO_COLOR (any value) never, FORCE_COLOR (not 0) always, else on a terminal. */
export function wantsColour(env: NodeJS.ProcessEnv, isTerminal: boolean): boolean {
  if (env.NO_COLOR) return false
  if (env.FORCE_COLOR !== undefined && env.FORCE_COLOR !== '0' && env.FORCE_COLOR !== 'false') return true
  return isTerminal
}

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`

/** The verdict, from the report's outcome and counts. */
export function reportVerdict(report: ReportFile, style: Style): string {
  const fresh = report.baseline ? ` (${report.baseline.newDivergences} new, the rest in the baseline)` : ''
  switch (report.outcome) {
    case 'diverged': {
      // Divergences that are all flaky, undecided or place-dependent fail no run under fail-on:
      // divergence, unless a blocking finding does.
      const rows = divergentTests(report)
      const tentative = rows.every((t) => isTentativeDivergence(t.flaky, t.divergence))
      if (rows.length > 0 && tentative && !hasBlockingFinding(report))
        return style.warn(
          `⚠ The modes disagree now and then: ${plural(report.divergences, 'divergent test')}, each flaky, undecided or place-dependent${fresh}`,
        )
      return style.bad(`✗ The modes disagree: ${plural(report.divergences, 'divergent test')}${fresh}`)
    }
    case 'not-run':
      return style.bad('✗ A mode ran no test: its suite could not start')
    case 'not-compared':
      return style.warn('– Nothing was compared: a comparison needs two modes of one version with results')
    case 'failed':
      return style.good(`✓ The modes agree; ${plural(report.failures, 'test')} fail in every mode`)
    default:
      return style.good('✓ Every mode agrees')
  }
}

function modeLine(mode: ReportGroup['modes'][number], style: Style): string {
  const c = mode.counts
  const bad = c.failed + c.error + c.crashed + c.hung
  const parts = [`${mode.total} tests`, style.good(`${c.passed} passed`), bad > 0 ? style.bad(`${bad} failed`) : '']
  const gil = mode.gilStayedOff === false ? style.warn(' · the GIL came back on') : ''
  return `  ${style.heading(mode.mode)} ${mode.version} (${mode.abi}): ${parts.filter(Boolean).join(', ')}${gil}`
}

/** The outcome of a test in each mode, and its reruns. */
function outcomesLine(test: ReportTest): string {
  const modes = Object.keys(test.outcomes) as Mode[]
  return modes
    .map((mode) => {
      const reruns = test.reruns?.[mode]
      return `${mode}: ${test.outcomes[mode]}${reruns?.length ? ` (reruns: ${reruns.join(', ')})` : ''}`
    })
    .join(' · ')
}

/** Paths under the project's folder, written relative to it, as the summary writes them. */
const relative = (text: string, workspace: string | undefined) =>
  workspace ? text.split(`${workspace.replace(/\/+$/, '')}/`).join('') : text

function divergence(test: ReportTest, style: Style, workspace?: string, reportFile?: string): string[] {
  const kind = KIND_TITLES[test.divergence as DivergenceKind] ?? test.divergence ?? ''
  const flags = [test.flaky ? 'flaky' : '', test.baseline === 'known' ? 'known, in the baseline' : '']
    .filter(Boolean)
    .join(', ')
  const lines = [
    `${style.bad('✗')} ${style.code(test.nodeid ?? test.id)}  ${style.heading(kind)}${flags ? style.dim(` (${flags})`) : ''}`,
    `    ${outcomesLine(test)}`,
  ]
  if (test.evidence) lines.push(`    reruns under threads: ${test.evidence.text}`)
  const message = Object.values(test.messages ?? {})[0]
  if (message && !test.details) lines.push(`    ${message.split('\n')[0]}`)
  if (test.reproduce) lines.push(`    reproduce: ${style.code(test.reproduce)}`)
  const again =
    reportFile &&
    reportReproduceCommand(
      { ...test, ...(test.divergence ? { kind: test.divergence as DivergenceKind } : {}) },
      reportFile,
    )
  if (again) lines.push(`    or: ${style.code(again)}`)
  if (test.details) {
    // A faulthandler dump reads as the summary shows it (each thread's own frames, the crashing one
    // first); any other trace whole.
    const outcome = Object.values(test.outcomes).find((o) => o === 'crashed' || o === 'hung') ?? 'failed'
    lines.push(style.block(relative(readableTrace(test.details, outcome, workspace ?? ''), workspace).trimEnd()))
  }
  return lines
}

function dependencyLines(group: ReportGroup, style: Style): string[] {
  const lines: string[] = []
  const seen = new Set<string>()
  for (const mode of group.modes) {
    if (!mode.dependencies?.length || seen.has(mode.abi)) continue
    seen.add(mode.abi)
    lines.push(`  ${mode.abi}: ${readinessLine(mode.dependencies, mode.abi)}`)
    for (const dep of mode.dependencies.filter((d) => d.upgrade || d.reEnablesGil || d.wheel === 'built-here'))
      lines.push(
        style.dim(
          `    ${dep.name} ${dep.version}: ${dep.wheel}${dep.reEnablesGil ? `, turns the GIL back on (${dep.reEnablesGil.join(', ')})` : ''}${dep.upgrade ? ` → ${upgradeText(dep.upgrade, mode.abi)}` : ''}`,
        ),
      )
  }
  return lines
}

function groupLines(group: ReportGroup, style: Style, workspace?: string, reportFile?: string): string[] {
  const lines = ['', style.heading(group.group), ...group.modes.map((m) => modeLine(m, style))]
  const divergent = group.tests.filter(
    (t) => t.divergence && t.divergence !== 'common' && t.divergence !== 'thread-unsafe',
  )
  if (divergent.length > 0) {
    lines.push('', style.heading(`Divergences (${divergent.length})`))
    for (const test of divergent) lines.push(...divergence(test, style, workspace, reportFile), '')
  }
  const unsafe = group.tests.filter((t) => t.divergence === 'thread-unsafe')
  if (unsafe.length > 0) {
    lines.push(style.heading(`Thread-unsafe tests (${unsafe.length}): they fail under threads with the GIL too`))
    for (const test of unsafe)
      lines.push(`  ${style.code(test.nodeid ?? test.id)}${test.evidence ? ` (${test.evidence.text})` : ''}`)
  }
  const gil = group.findings.filter((f) => f.kind === 'undeclared-extension' || f.kind === 'gil-enabled')
  if (gil.length > 0) lines.push('', style.heading('The GIL'), ...gil.map((f) => `  ${style.warn('⚠')} ${f.message}`))
  const other = group.findings.filter((f) => f.kind !== 'undeclared-extension' && f.kind !== 'gil-enabled')
  if (other.length > 0)
    lines.push(
      '',
      style.heading('Findings'),
      ...other.map((f) => `  ${f.blocking ? style.bad('✗') : style.warn('⚠')} ${f.message}`),
    )
  const deps = dependencyLines(group, style)
  if (deps.length > 0) lines.push('', style.heading('Dependencies'), ...deps)
  const common = group.tests.filter((t) => t.divergence === 'common').length
  if (common > 0) lines.push('', style.dim(`${plural(common, 'test')} fail in every mode.`))
  return lines
}

/** The whole report as text for a terminal (or markdown, with that style); paths relative to the workspace. */
export function renderReport(report: ReportFile, style: Style, workspace?: string, reportFile?: string): string {
  const lines = [
    style === MARKDOWN ? `## ${reportVerdict(report, PLAIN)}` : style.heading(reportVerdict(report, style)),
  ]
  for (const group of report.groups) lines.push(...groupLines(group, style, workspace, reportFile))
  return `${lines
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .trimEnd()}\n`
}
