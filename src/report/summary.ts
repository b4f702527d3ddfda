import { KIND_TITLES } from '../compare/classify.js'
import type { Comparison, Finding, GroupComparison, ModeRow, TestRow } from '../compare/compare.js'
import { buildOf, type Mode } from '../results/leg.js'
import type { Outcome } from '../results/outcome.js'
import { displayName } from './annotations.js'
import { code, firstLines, inlineText, preBlock } from './escape.js'

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

function duration(seconds: number): string {
  return seconds >= 60 ? `${Math.floor(seconds / 60)} min ${Math.round(seconds % 60)} s` : `${seconds.toFixed(1)} s`
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

function gilText(row: ModeRow): string {
  if (buildOf(row.mode) === 'standard') return 'standard build'
  if (row.mode === 'freethreaded-gil') return 'on (PYTHON_GIL=1)'
  if (row.gilStayedOff) return '✅ stayed off'
  const first = row.gil.enabledBy[0]
  if (first?.test) return `⚠️ on from ${code(first.test)}`
  return '⚠️ was on'
}

function modeTable(out: Budget, group: GroupComparison): void {
  out.add('| Mode | Python | Tests | ✅ | ❌ | ⏭️ | 💥 | ⏳ | Run | Time | GIL |')
  out.add('| --- | --- | ---: | ---: | ---: | ---: | ---: | ---: | --- | ---: | --- |')
  for (const row of group.modes) {
    const c = row.counts
    out.add(
      `| **${row.mode}** | ${row.version} (${row.abi}) | ${row.total} | ${c.passed + c.xpass} | ${c.failed + c.error} | ` +
        `${c.skipped + c.xfail} | ${c.crashed} | ${c.hung} | ${statusText(row)} | ${duration(row.status.durationSeconds)} | ${gilText(row)} |`,
    )
  }
}

function outcomeCell(row: TestRow, mode: Mode): string {
  const outcome = row.outcomes[mode] ?? 'absent'
  const reruns = row.reruns?.[mode]
  return `${ICONS[outcome]}${reruns?.length ? ` <sub>reruns: ${reruns.join(', ')}</sub>` : ''}`
}

function divergenceTable(out: Budget, group: GroupComparison, rows: TestRow[]): void {
  const modes = group.modes.map((m) => m.mode)
  out.add(`| Test | ${modes.join(' | ')} | Divergence |`)
  out.add(`| --- | ${modes.map(() => '---').join(' | ')} | --- |`)
  let shown = 0
  for (const row of rows) {
    const where = row.file ? `<br><sub>${inlineText(`${row.file}${row.line ? `:${row.line}` : ''}`)}</sub>` : ''
    const kind = `${KIND_TITLES[row.kind!]}${row.flaky ? ' (flaky)' : row.reruns ? ' (every rerun)' : ''}`
    const line = `| ${code(displayName(row))}${where} | ${modes.map((m) => outcomeCell(row, m)).join(' | ')} | ${kind} |`
    if (!out.add(line)) break
    shown++
  }
  if (shown < rows.length) {
    out.close(`\n_${rows.length - shown} more divergences are in the JSON report._`)
  }
}

/** With a baseline, the divergences it already knew, folded, and its entries that matched nothing. */
function baselineSection(out: Budget, group: GroupComparison, known: TestRow[], fixed: Comparison['baseline']): void {
  if (
    known.length > 0 &&
    out.add(`<details><summary>Known divergences, in the baseline (${known.length})</summary>\n`)
  ) {
    divergenceTable(out, group, known)
    out.close('\n</details>\n')
  }
  for (const entry of fixed?.fixed.divergences.filter((e) => e.group === undefined || e.group === group.group) ?? []) {
    out.add(`- ✅ Fixed: ${code(entry.test ?? entry.file!)} no longer diverges: remove it from the baseline`)
  }
}

function failureDetails(out: Budget, title: string, rows: TestRow[]): void {
  const withDetails = rows.filter((r) => r.details)
  if (withDetails.length === 0) return
  if (!out.add(`<details><summary>${title}</summary>\n`)) return
  for (const row of withDetails) {
    const reproduce = row.reproduce ? `Reproduce: ${code(row.reproduce)}\n\n` : ''
    if (!out.add(`${code(displayName(row))}\n\n${reproduce}${preBlock(firstLines(row.details, 30, 3000))}\n`)) break
  }
  out.close('</details>\n')
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
  out.add(
    `- ${races.length > 0 ? '❌' : '✅'} ${races.length} ${races.length === 1 ? 'test races' : 'tests race'} without the GIL` +
      (races.length > 0 ? `: ${races.map((r) => code(displayName(r))).join(', ')}` : ''),
  )
  out.add('')
  if (group.threadUnsafe.length > 0) {
    const title = `Thread-unsafe tests (${group.threadUnsafe.length}): they fail under threads on every build, so the test is at fault; mark them <code>@pytest.mark.thread_unsafe</code>`
    if (out.add(`<details><summary>${title}</summary>\n`)) {
      out.add('| Test | Failure under stress |')
      out.add('| --- | --- |')
      for (const row of group.threadUnsafe) {
        const message = row.messages?.['freethreaded-stress'] ?? row.messages?.['standard-stress'] ?? ''
        if (!out.add(`| ${code(displayName(row))} | ${inlineText(firstLines(message, 1, 300))} |`)) break
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

function headline(comparison: Comparison): string[] {
  const failed = (n: number) => `${n} ${n === 1 ? 'test' : 'tests'} failed`
  if (comparison.baseline && comparison.outcome === 'diverged') {
    const { newDivergences, newBlockingFindings } = comparison.baseline
    const known = comparison.divergences - newDivergences
    const knownText = known > 0 ? ` (${known} known, in the baseline)` : ''
    const news = [
      newDivergences > 0 ? `${newDivergences} new ${newDivergences === 1 ? 'divergence' : 'divergences'}` : '',
      newBlockingFindings > 0
        ? `${newBlockingFindings} new blocking ${newBlockingFindings === 1 ? 'finding' : 'findings'}`
        : '',
    ].filter(Boolean)
    return news.length > 0
      ? [`## ❌ setup-python-ft: ${news.join(' and ')} between the modes${knownText}`]
      : [`## ✅ setup-python-ft: nothing new between the modes${knownText}`]
  }
  if (comparison.outcome === 'diverged') {
    const n = comparison.divergences
    return [`## ⚠️ setup-python-ft: ${n} ${n === 1 ? 'divergence' : 'divergences'} between the modes`]
  }
  if (comparison.matrixLeg) {
    const row = comparison.groups[0]?.modes[0]
    const leg = row ? `${row.mode} on ${row.version}` : 'this leg'
    const mark = comparison.failures > 0 ? '❌' : '✅'
    const result = comparison.failures > 0 ? `: ${failed(comparison.failures)}` : ''
    return [`## ${mark} setup-python-ft: ${leg}${result}`, '', '_One leg of a comparison made in the compare job._']
  }
  if (comparison.outcome === 'not-compared') {
    const why = comparison.groups.map((g) => (comparison.groups.length > 1 ? `${g.group}: ${whatRan(g)}` : whatRan(g)))
    const result = comparison.failures > 0 ? ` ${failed(comparison.failures)}.` : ''
    return [
      '## ➖ setup-python-ft: nothing was compared',
      '',
      `${inlineText(`${why.join('; ') || 'no mode produced results'}`)}: a comparison needs two modes of one Python version.${result}`,
    ]
  }
  if (comparison.outcome === 'failed') return ['## ❌ setup-python-ft: the same failures in every mode']
  return ['## ✅ setup-python-ft: every mode agrees']
}

/** The job summary: per group, the modes, the divergences, the GIL, and the common failures. */
export function renderSummary(comparison: Comparison, reportPath: string, limit = SUMMARY_LIMIT): string {
  const out = new Budget(limit)
  for (const line of headline(comparison)) out.add(line)
  out.add('')
  for (const group of comparison.groups) {
    if (comparison.groups.length > 1 || group.group) out.add(`### ${inlineText(group.group)}\n`)
    modeTable(out, group)
    out.add('')
    if (!group.compared && !comparison.matrixLeg && comparison.groups.length > 1) {
      out.add(`- ➖ Nothing compared here: ${whatRan(group)}`)
    }
    for (const finding of group.findings.filter((f) => !isGilFinding(f))) {
      out.add(`- ${finding.blocking ? '❌' : '⚠️'} ${inlineText(finding.message)}`)
    }
    const fresh = group.divergences.filter((row) => row.baseline !== 'known')
    const known = group.divergences.filter((row) => row.baseline === 'known')
    if (fresh.length > 0) {
      const title = comparison.baseline ? 'New divergences' : 'Divergences'
      out.add(`\n#### ${title} (${fresh.length})\n`)
      divergenceTable(out, group, fresh)
      out.add('')
      failureDetails(out, 'Failure details', fresh)
    }
    if (comparison.baseline) baselineSection(out, group, known, comparison.baseline)
    stressSection(out, group)
    gilSection(out, group)
    commonSection(out, group)
  }
  if (out.cut > 0) out.close(`\n_The summary reached GitHub's 1 MiB limit: ${out.cut} lines were left out._`)
  out.close(`\nEvery test's outcome in every mode: ${code(reportPath)} (\`report-path\` output).`)
  return out.text()
}
