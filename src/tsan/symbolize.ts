import { execFile } from 'node:child_process'
import { existsSync } from 'node:fs'
import { promisify } from 'node:util'
import type { TsanFrame, TsanReport } from './report.js'

const run = promisify(execFile)

/*
 * Frames TSan printed as `<null>`, symbolized afterwards with binutils' addr2line. gcc's libtsan
 * reads a module's debug information once, the first time it symbolizes anything: an extension
 * imported after the first report (or after the first suppressed one, which is symbolized to be
 * matched) stays `<null>`. The module's path and offset (STACK_TRACE_FORMAT) are enough.
 */

/** "bump\n/src/_tally.c:17 (discriminator 3)" per address -> function, file and line. */
export function parseAddr2line(output: string): { function?: string; file?: string; line?: number }[] {
  const lines = output.split('\n')
  const out: { function?: string; file?: string; line?: number }[] = []
  for (let i = 0; i + 1 < lines.length; i += 2) {
    const fn = lines[i].trim()
    const where = /^(.+?):(\d+)/.exec(lines[i + 1].trim())
    out.push({
      ...(fn && fn !== '??' ? { function: fn } : {}),
      ...(where && where[1] !== '??' && where[2] !== '0' ? { file: where[1], line: Number(where[2]) } : {}),
    })
  }
  return out
}

/** Fills in the `<null>` frames of these reports, and a SUMMARY place that had no file. Best effort. */
export async function symbolizeReports(reports: TsanReport[]): Promise<void> {
  const byModule = new Map<string, TsanFrame[]>()
  for (const frame of reports.flatMap((r) => r.stacks.flatMap((s) => s.frames))) {
    if (frame.function !== '??' || !frame.modulePath || !frame.offset) continue
    byModule.set(frame.modulePath, [...(byModule.get(frame.modulePath) ?? []), frame])
  }
  for (const [module, frames] of byModule) {
    if (!existsSync(module)) continue
    try {
      const { stdout } = await run('addr2line', ['-f', '-C', '-e', module, ...frames.map((f) => f.offset!)], {
        timeout: 60_000,
      })
      parseAddr2line(stdout).forEach((found, index) => Object.assign(frames[index], found))
    } catch {
      // No addr2line here (macOS): the frames stay as TSan printed them.
    }
  }
  for (const report of reports) {
    const top = report.stacks[0]?.frames[0]
    if (!report.place?.file && top?.file) report.place = { ...top }
  }
}
