import { KIND_TITLES } from '../model/divergence.js'
import type { Comparison, Finding, GroupComparison, ModeRow, TestRow } from '../compare/comparison.js'
import { buildOf, type Mode } from '../model/mode.js'
import type { Outcome } from '../model/outcome.js'
import { displayName } from './annotations.js'
import { code, firstLines, htmlText, inlineText, preBlock } from './escape.js'
import { readableTrace, whyLine } from './traces.js'
import { buildNote, loads, readinessLine, type Dependency, type WheelKind } from '../dependencies/readiness.js'
import type { InstallRecord } from '../dependencies/install-log.js'
import { upgradeText } from '../dependencies/upgrades.js'
import { tsanSection } from './tsan-section.js'
import { knownFlakyLines, originLines } from './baseline-origin.js'
import type { BaselineOrigin } from '../baseline/stored.js'
import { failingModes } from '../compare/table.js'
import { reportReproduceCommand } from '../compare/reproduce.js'
import { countsText } from '../stress/evidence.js'
import { compactLine, duration, reproducibility, verdictLine, type StepResult } from './verdict.js'

/** What the summary needs besides the comparison. */
export interface SummaryOptions {
  step: StepResult
  /** Trace paths are made relative to it. */
  workspace: string
  /** Where a test's file is shown on GitHub: <server>/<repository>/blob/<sha>/<file>#L<line>. */
  links?: { server: string; repository: string; sha: string }
  /** `baseline: auto`: the branch and run it was compared with, and the history's flake rates. */
  baselineOrigin?: BaselineOrigin
  /** Why nothing was saved to the caches (a pull request's run). */
  readOnly?: string
  /** The time the summary is written, for "2 days ago". */
  now?: Date
}

/** GitHub refuses a step summary over 1 MiB; stay under it with room for the closing lines. */
export const SUMMARY_LIMIT = 1024 * 1024
const CLOSING_ROOM = 4096

const ICONS: Record<Outcome, string> = {
  passed: '✅ passed',
  failed: '❌ failed',
  error: '❌ error',
  skipped: '⏭️ skipped',
  xfail: '✔️ xfail',
  xpass: '⚠️ xpass',
  crashed: '💥 crashed',
  hung: '⏳ hung',
  absent: '➖ absent',
}

/**
 * Markdown written to a byte budget. Lines are added while they fit; a block that opened a table
 * or a <details> is always closed, even when its rows were cut.
 */
class Budget {
  private readonly parts: string[] = []
  private used = 0
  cut = 0

  constructor(private readonly limit: number) {}

  /** Adds a line if it fits; counts it as cut otherwise. */
  add(line: string): boolean {
    const bytes = Buffer.byteLength(line) + 1
    if (this.used + bytes > this.limit - CLOSING_ROOM) {
      this.cut++
      return false
    }
    this.parts.push(line)
    this.used += bytes
    return true
  }

  /** Closing lines use the reserved room, so they always fit. */
  close(line: string): void {
    this.parts.push(line)
    this.used += Buffer.byteLength(line) + 1
  }

  text(): string {
    return `${this.parts.join('\n')}\n`
  }
}

function statusText(row: ModeRow): string {
  const { status } = row
  if (status.timedOut) return '⏳ timed out'
  if (status.signal) return `💥 ${status.signal}`
  const stops = [
    ...(status.crashes ?? []).map((c) => ({ segment: c.segment, text: `💥 ${c.signal}` })),
    ...(status.hangs ?? []).map((h) => ({ segment: h.segment, text: '⏳ hang' })),
  ].sort((a, b) => a.segment - b.segment)
  const resumed = stops.length > 0 ? `${stops.map((s) => s.text).join(', ')}, resumed; ` : ''
  return status.exitCode === 0 && !resumed ? '✅ exit 0' : `${resumed || '❌ '}exit ${status.exitCode}`
}

/** What was set and what happened: off, forced by PYTHON_GIL=0 · off · on: re-enabled by X at test Y. */
function gilText(row: ModeRow): string {
  if (buildOf(row.mode) === 'standard') return 'standard build'
  if (row.mode === 'freethreaded-gil') return 'on, PYTHON_GIL=1'
  const forced = row.gil.pythonGil === '0'
  if (row.gilStayedOff) return forced ? 'off, forced by PYTHON_GIL=0' : 'off'
  const first = row.gil.enabledBy[0]
  const by = first?.module ? ` by ${code(first.module)}` : ''
  const at = first?.test ? ` at ${code(first.test)}` : ''
  return `⚠️ on: re-enabled${by}${at}`
}

const blankZero = (n: number) => (n === 0 ? '' : String(n))

function modeTable(out: Budget, group: GroupComparison): void {
  out.add('| Mode | Python | Tests | ✅ | ❌ | ⏭️ | 💥 | ⏳ | Run | Time | GIL |')
  out.add('| --- | --- | ---: | ---: | ---: | ---: | ---: | ---: | --- | ---: | --- |')
  for (const row of group.modes) {
    const c = row.counts
    const cells = [c.passed + c.xpass, c.failed + c.error, c.skipped + c.xfail, c.crashed, c.hung].map(blankZero)
    out.add(
      `| **${row.mode}** | ${row.version} (${row.abi}) | ${row.total} | ${cells.join(' | ')} | ` +
        `${statusText(row)} | ${duration(row.status.durationSeconds)} | ${gilText(row)} |`,
    )
  }
  out.add('')
  out.add('<sub>✅ passed · ❌ failed or error · ⏭️ skipped or xfail · 💥 crashed · ⏳ hung</sub>')
}

/** The test's name, linked to its file and line at the commit when the run knows where that is. */
function testCell(row: TestRow, options: SummaryOptions): string {
  const name = code(displayName(row))
  const links = options.links
  if (!row.file || !links || row.file.startsWith('/')) return name
  const file = row.file.split('/').map(encodeURIComponent).join('/')
  const url = `${links.server}/${links.repository}/blob/${links.sha}/${file}${row.line ? `#L${row.line}` : ''}`
  return `<a href="${url.replace(/"/g, '%22')}">${name}</a>`
}

/** The mode a divergence is explained from: its first failing one. */
const failingMode = (row: TestRow): Mode | undefined => failingModes(row)[0]

function why(row: TestRow, options: SummaryOptions): string {
  const mode = failingMode(row)
  const outcome = mode ? row.outcomes[mode]! : 'failed'
  const message = (mode && row.messages?.[mode]) ?? Object.values(row.messages ?? {})[0]
  return whyLine(outcome, message, row.details, options.workspace)
}

function whereCell(row: TestRow): string {
  return failingModes(row)
    .map((mode) => `${ICONS[row.outcomes[mode] ?? 'absent'].split(' ')[0]} ${mode}`)
    .join('<br>')
}

function divergenceTable(out: Budget, rows: TestRow[], options: SummaryOptions): void {
  out.add('| Test | Breaks in | Why | Reproduced |')
  out.add('| --- | --- | --- | --- |')
  let shown = 0
  for (const row of rows) {
    const kind = `<br><sub>${KIND_TITLES[row.kind!]}</sub>`
    const line = `| ${testCell(row, options)}${kind} | ${whereCell(row)} | ${inlineText(why(row, options))} | ${reproducibility(row)} |`
    if (!out.add(line)) break
    shown++
  }
  if (shown < rows.length) {
    out.close(`\n_${rows.length - shown} more divergences are in the JSON report._`)
  }
}

/** With a baseline, the divergences it already knew, folded, and its entries that matched nothing. */
function baselineSection(
  out: Budget,
  group: GroupComparison,
  known: TestRow[],
  fixed: Comparison['baseline'],
  options: SummaryOptions,
): void {
  if (
    known.length > 0 &&
    out.add(`<details><summary>Known divergences, in the baseline (${known.length})</summary>\n`)
  ) {
    divergenceTable(out, known, options)
    out.close('\n</details>\n')
  }
  for (const entry of fixed?.fixed.divergences.filter((e) => e.group === undefined || e.group === group.group) ?? []) {
    out.add(
      `- ✅ Fixed: ${code(entry.test ?? entry.file!)} no longer diverges${options.baselineOrigin ? '' : ': remove it from the baseline'}`,
    )
  }
}

/** One folded trace per divergence, titled with the test, the mode and the cause. */
function failureDetails(out: Budget, rows: TestRow[], options: SummaryOptions): void {
  for (const row of rows) {
    const mode = failingMode(row)
    // A <summary> is raw HTML: markdown's escapes would show there.
    const title = [`<code>${htmlText(displayName(row))}</code>`, mode ?? '', htmlText(why(row, options))]
      .filter(Boolean)
      .join(' · ')
    const outcome = (mode && row.outcomes[mode]) || 'failed'
    const trace = row.details ? readableTrace(row.details, outcome, options.workspace) : ''
    const withReport = reportReproduceCommand(row)
    const reproduce = row.reproduce
      ? `Reproduce: ${code(row.reproduce)}${withReport ? `, or with the run's report: ${code(withReport)}` : ''}\n\n`
      : ''
    if (!trace && !reproduce) continue
    const body = `${reproduce}${trace ? preBlock(firstLines(trace, 40, 4000)) : ''}`
    if (!out.add(`<details><summary>${title}</summary>\n\n${body}\n`)) break
    out.close('</details>\n')
  }
}

/** Findings about the GIL have a section of their own; the others sit under the mode table. */
const isGilFinding = (finding: Finding) => finding.kind === 'undeclared-extension' || finding.kind === 'gil-enabled'

function gilSection(out: Budget, group: GroupComparison): void {
  const findings = group.findings.filter(isGilFinding)
  if (findings.length === 0) return
  out.add('#### The GIL\n')
  for (const finding of findings) {
    const mark = finding.blocking ? '❌' : '⚠️'
    out.add(`- ${mark} ${inlineText(finding.message)} (${finding.modes.join(', ')})`)
  }
  out.add('')
}

/** Thread stress: how it ran, the races it found, the thread-unsafe tests, the tests kept to one thread. */
function stressSection(out: Budget, group: GroupComparison): void {
  const stressed = group.modes.filter((m) => m.stress)
  if (stressed.length === 0) return
  out.add('#### Thread stress\n')
  for (const row of stressed) {
    const s = row.stress!
    out.add(
      `- **${row.mode}**: each test in ${s.threads} threads × ${s.iterations} ${s.iterations === 1 ? 'iteration' : 'iterations'}; ` +
        `${s.parallel} stressed, ${s.single} run in one thread`,
    )
  }
  const races = group.divergences.filter((r) => r.kind === 'races-without-gil')
  const withCounts = (rows: TestRow[]) =>
    rows.map((r) => `${code(displayName(r))} (${countsText(r.evidence!)})`).join(', ')
  out.add(
    `- ${races.length > 0 ? '❌' : '✅'} ${races.length} ${races.length === 1 ? 'test races' : 'tests race'} without the GIL` +
      (races.length > 0 ? `: ${withCounts(races)}` : ''),
  )
  const undecided = group.divergences.filter((r) => r.kind === 'undecided')
  if (undecided.length > 0) {
    out.add(
      `- ⚠️ ${undecided.length} ${undecided.length === 1 ? 'failure' : 'failures'} under threads undecided within the reruns: ${withCounts(undecided)}`,
    )
  }
  out.add('')
  if (group.threadUnsafe.length > 0) {
    const title = `Thread-unsafe tests (${group.threadUnsafe.length}): they fail under threads with the GIL, so the test is at fault; mark them <code>@pytest.mark.thread_unsafe</code>`
    if (out.add(`<details><summary>${title}</summary>\n`)) {
      out.add('| Test | Failure under stress | Reruns |')
      out.add('| --- | --- | --- |')
      for (const row of group.threadUnsafe) {
        const message = row.messages?.['freethreaded-stress'] ?? row.messages?.['standard-stress'] ?? ''
        const counts = countsText(row.evidence!)
        if (!out.add(`| ${code(displayName(row))} | ${inlineText(firstLines(message, 1, 300))} | ${counts} |`)) break
      }
      out.close('\n</details>\n')
    }
  }
  const single = group.singleThreaded
  if (single.length > 0 && out.add(`<details><summary>Run in one thread (${single.length})</summary>\n`)) {
    out.add('| Test | Why (pytest-run-parallel) |')
    out.add('| --- | --- |')
    for (const row of single) {
      if (!out.add(`| ${code(displayName(row))} | ${inlineText(firstLines(row.singleThreaded, 1, 300))} |`)) break
    }
    out.close('\n</details>\n')
  }
}

const WHEEL_WORDS: Record<WheelKind, string> = {
  abi: 'wheel for the ABI',
  pure: 'pure Python',
  abi3t: 'abi3t (the free-threaded stable ABI)',
  abi3: 'abi3 (the stable ABI)',
  'built-here': '⚠️ built from source',
  other: 'other',
}

/** How a dependency came, in words for its build: abi3 on a free-threaded build cannot load. */
function cameAs(dep: Dependency, abi: string): string {
  if (dep.wheel === 'abi3' && !loads('abi3', abi)) return `❌ abi3 only: ${abi} cannot load it`
  return WHEEL_WORDS[dep.wheel]
}

/** The install's time and its dependency cache: "Install: 41.2 s · dependency cache restored (key)". */
function installLine(install: InstallRecord): string {
  const parts = [`Install: ${install.seconds.toFixed(1)} s`]
  const cache = install.cache
  if (cache?.hit) parts.push(`dependency cache restored (${code(cache.key)})`)
  else if (cache?.restoredKey)
    parts.push(`dependency cache restored from an earlier entry (${code(cache.restoredKey)})`)
  else if (cache) parts.push('no dependency cache for this key yet')
  return parts.join(' · ')
}

/** Per build: one line of totals, and the table folded. */
function dependenciesSection(out: Budget, group: GroupComparison): void {
  const builds = new Map<string, ModeRow>()
  for (const row of group.modes) if (row.dependencies?.length && !builds.has(row.abi)) builds.set(row.abi, row)
  if (builds.size === 0) return
  out.add('#### Dependencies\n')
  for (const [abi, row] of builds) {
    const deps = row.dependencies!
    if (!out.add(`<details><summary>${htmlText(`${abi}: ${readinessLine(deps, abi)}`)}</summary>\n`)) return
    if (row.install) out.add(`${installLine(row.install)}\n`)
    // The package index's answer, where it was asked (dependencies/upgrades.ts).
    const asked = deps.some((dep) => dep.upgrade)
    out.add(
      `| Distribution | Version | Came as | Free Threading classifier | Turns the GIL back on |${asked ? ' Upgrade |' : ''}`,
    )
    out.add(`| --- | --- | --- | --- | --- |${asked ? ' --- |' : ''}`)
    for (const dep of deps) {
      const gil = dep.reEnablesGil?.map(code).join(', ') ?? ''
      const came = buildNote(dep) ? `${cameAs(dep, abi)} (${buildNote(dep)})` : cameAs(dep, abi)
      const upgrade = asked ? ` ${dep.upgrade ? inlineText(upgradeText(dep.upgrade, abi)) : ''} |` : ''
      const line = `| ${inlineText(dep.name)} | ${inlineText(dep.version)} | ${came} | ${inlineText(dep.freeThreading ?? '')} | ${gil} |${upgrade}`
      if (!out.add(line)) break
    }
    out.close('\n</details>\n')
  }
}

function commonSection(out: Budget, group: GroupComparison): void {
  if (group.common.length === 0) return
  if (!out.add(`<details><summary>Common failures, in every mode (${group.common.length})</summary>\n`)) return
  out.add('| Test | Failure |')
  out.add('| --- | --- |')
  let shown = 0
  for (const row of group.common) {
    const message = Object.values(row.messages ?? {})[0] ?? ''
    if (!out.add(`| ${code(displayName(row))} | ${inlineText(firstLines(message, 1, 300))} |`)) break
    shown++
  }
  if (shown < group.common.length) out.close(`\n_${group.common.length - shown} more are in the JSON report._`)
  out.close('\n</details>\n')
}

/** Which modes of a group produced results, in words. */
function whatRan(group: GroupComparison): string {
  if (group.modes.length === 0) return 'no mode produced results'
  return `only ${group.modes.map((m) => m.mode).join(', ')} produced results`
}

/**
 * The job summary: the verdict, then per group the divergences (why, where, how reproducible, a
 * readable trace each), the modes, thread stress, the GIL and the common failures.
 */
export function renderSummary(comparison: Comparison, options: SummaryOptions, limit = SUMMARY_LIMIT): string {
  const out = new Budget(limit)
  out.add(`## ${inlineText(verdictLine(comparison, options.step))}`)
  out.add('')
  out.add(inlineText(compactLine(comparison, options.step)))
  out.add('')
  const origin = originLines(comparison, options.baselineOrigin, options.readOnly, options.now ?? new Date())
  if (origin.length > 0) out.add(`${origin.join('<br>\n')}\n`)
  if (comparison.matrixLeg) out.add('_One leg of a comparison made in the compare job._\n')
  else if (comparison.outcome === 'not-compared') {
    const why = comparison.groups.map((g) => (comparison.groups.length > 1 ? `${g.group}: ${whatRan(g)}` : whatRan(g)))
    out.add(
      `${inlineText(why.join('; ') || 'no mode produced results')}: a comparison needs two modes of one Python version.\n`,
    )
  }
  const many = comparison.groups.length > 1
  const heading = many ? '####' : '###'
  for (const group of comparison.groups) {
    if (many) out.add(`### ${inlineText(group.group)}\n`)
    const fresh = group.divergences.filter((row) => row.baseline !== 'known')
    const known = group.divergences.filter((row) => row.baseline === 'known')
    if (fresh.length > 0) {
      out.add(`${heading} ${comparison.baseline ? 'New divergences' : 'Divergences'} (${fresh.length})\n`)
      divergenceTable(out, fresh, options)
      out.add('')
      failureDetails(out, fresh, options)
    }
    if (comparison.baseline) baselineSection(out, group, known, comparison.baseline, options)
    for (const line of knownFlakyLines(comparison, options.baselineOrigin, group.group)) out.add(line)
    out.add(`${heading} Modes${many ? '' : ` · ${inlineText(group.group)}`}\n`)
    modeTable(out, group)
    out.add('')
    if (!group.compared && !comparison.matrixLeg && many) out.add(`- ➖ Nothing compared here: ${whatRan(group)}`)
    for (const finding of group.findings.filter((f) => !isGilFinding(f) && !f.tsan)) {
      out.add(`- ${finding.blocking ? '❌' : '⚠️'} ${inlineText(finding.message)}`)
    }
    for (const chunk of tsanSection(group.findings)) if (!out.add(chunk)) break
    stressSection(out, group)
    gilSection(out, group)
    dependenciesSection(out, group)
    commonSection(out, group)
  }
  if (out.cut > 0) out.close(`\n_The summary reached GitHub's 1 MiB limit: ${out.cut} lines were left out._`)
  const green = options.step.failure === undefined && comparison.divergences === 0
  if (!green)
    out.close("\n<sub>Every test's outcome in every mode is in the JSON report (the `report-path` output).</sub>")
  return out.text()
}
