import type { Finding } from '../compare/findings.js'
import type { TsanFinding, TsanFrame } from '../tsan/report.js'
import { htmlText, preBlock } from './escape.js'
import { inRepository } from './repository-paths.js'

/*
 * ThreadSanitizer's findings in the report (pure): where each is annotated, and its part of the job
 * summary, the stacks folded.
 */

const FRAMES_SHOWN = 8

/** A frame's file is the project's when it is relative to the repository (the run maps it so). */
const inWorkspace = (frame: TsanFrame | undefined): frame is TsanFrame & { file: string } =>
  frame?.file !== undefined && inRepository(frame.file)

/**
 * Where a report is annotated: the top frame of the project's own code (the C, C++ or Cython line),
 * else the test that was running.
 */
export function tsanAnnotationPlace(tsan: TsanFinding): { file?: string; line?: number } {
  const frame = [...tsan.stacks.flatMap((s) => s.frames), tsan.place].find(inWorkspace)
  if (frame) return { file: frame.file, ...(frame.line ? { line: frame.line } : {}) }
  if (tsan.testFile) return { file: tsan.testFile, ...(tsan.testLine ? { line: tsan.testLine } : {}) }
  return {}
}

/** A file of CPython's own source by its place in the tree (Objects/call.c), not the build's folder. */
function shortFile(file: string): string {
  return /\/Python-3\.\d+\.\d+[^/]*\/(.+)$/.exec(file)?.[1] ?? file
}

function frameLine(frame: TsanFrame): string {
  const where = frame.file ? `${shortFile(frame.file)}:${frame.line}` : ''
  const module = frame.module && !inWorkspace(frame) ? ` (${frame.module})` : ''
  return `    ${frame.function}  ${where}${module}`.trimEnd()
}

/** The stacks as people read them: each stack's title, then its top frames. */
export function readableStacks(tsan: TsanFinding): string {
  return tsan.stacks
    .map((stack) => {
      const frames = stack.frames.slice(0, FRAMES_SHOWN).map(frameLine)
      const more = stack.frames.length > FRAMES_SHOWN ? [`    … ${stack.frames.length - FRAMES_SHOWN} more frames`] : []
      return [`${stack.title}:`, ...frames, ...more].join('\n')
    })
    .join('\n\n')
}

/** The "ThreadSanitizer" part of a group's summary: one folded block per place. */
export function tsanSection(findings: Finding[]): string[] {
  const tsan = findings.filter((f) => f.tsan)
  if (tsan.length === 0) return []
  const lines = [`#### ThreadSanitizer (${tsan.length})\n`]
  for (const finding of tsan) {
    const t = finding.tsan!
    const mark = finding.baseline === 'known' ? '➖' : '❌'
    const tests =
      t.tests.length > 0
        ? ` · in ${t.tests.slice(0, 3).join(', ')}${t.tests.length > 3 ? ` and ${t.tests.length - 3} more` : ''}`
        : ''
    const count = t.count > 1 ? ` · ${t.count} reports` : ''
    lines.push(
      `<details><summary>${mark} ${htmlText(`${finding.place}${tests}${count}`)}</summary>\n\n${preBlock(readableStacks(t))}\n\n</details>\n`,
    )
  }
  return lines
}
