import { readdirSync, readFileSync } from 'node:fs'
import path from 'node:path'
import { symbolizeReports } from './symbolize.js'
import { gatherReports, parseTsanLog, testOfReport, type TsanFinding, type TsanWindow } from './report.js'

/**
 * The reports TSan wrote for one leg (<prefix>.<pid>, one file per process), each put to the test
 * that was running, gathered by place. Files in frames go through mapFile (relative to the workspace).
 */
export async function readTsanReports(
  prefix: string,
  windows: TsanWindow[],
  mapFile: (file: string) => string,
): Promise<TsanFinding[]> {
  const dir = path.dirname(prefix)
  const stem = `${path.basename(prefix)}.`
  let names: string[] = []
  try {
    names = readdirSync(dir).filter((name) => name.startsWith(stem) && /^\d+$/.test(name.slice(stem.length)))
  } catch {
    return []
  }
  const reports = names.sort().flatMap((name) => {
    const pid = Number(name.slice(stem.length))
    return parseTsanLog(readFileSync(path.join(dir, name))).map((report) => ({
      report,
      test: testOfReport(pid, report.offset, windows),
    }))
  })
  await symbolizeReports(reports.map((r) => r.report))
  const findings = gatherReports(reports)
  for (const finding of findings) {
    if (finding.testFile) finding.testFile = mapFile(finding.testFile)
    for (const frame of [finding.place, ...finding.stacks.flatMap((s) => s.frames)])
      if (frame?.file) frame.file = mapFile(frame.file)
  }
  return findings
}
