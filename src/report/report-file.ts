import { readFileSync } from 'node:fs'
import type { ModeRow } from '../compare/comparison.js'
import type { Finding } from '../compare/findings.js'
import type { Mode } from '../model/mode.js'
import type { Outcome } from '../model/outcome.js'
import { REPORT_SCHEMA } from './json-report.js'

/*
 * The JSON report read back (schema setup-python-ft/report@1, written by json-report.ts): what
 * `setup-python-ft report` and `reproduce` read, from a run here or downloaded from CI.
 */

export interface ReportTest {
  id: string
  nodeid?: string
  file?: string
  line?: number
  outcomes: Partial<Record<Mode, Outcome>>
  reruns?: Partial<Record<Mode, Outcome[]>>
  divergence: string | null
  flaky?: boolean
  evidence?: { verdict: string; text: string }
  baseline?: 'new' | 'known'
  messages?: Partial<Record<Mode, string>>
  reproduce?: string
  details?: string
}

export interface ReportGroup {
  group: string
  compared: boolean
  modes: ModeRow[]
  findings: Finding[]
  tests: ReportTest[]
}

export interface ReportFile {
  schema: typeof REPORT_SCHEMA
  outcome: string
  divergences: number
  failures: number
  baseline?: { newDivergences: number; fixed: { divergences: { test?: string; file?: string }[] } }
  groups: ReportGroup[]
}

/** The report's divergent tests, over every group. */
export const divergentTests = (report: ReportFile): ReportTest[] =>
  report.groups.flatMap((g) => g.tests).filter((t) => t.divergence && t.divergence !== 'common')

/** Whether a finding of the report blocks (counts against the run like a divergence); `fresh`: one the baseline does not know. */
export const hasBlockingFinding = (report: ReportFile, fresh = false): boolean =>
  report.groups.some((g) => g.findings.some((f) => f.blocking && !(fresh && f.baseline === 'known')))

/** A report that cannot be read: why, in one line. */
export class ReportFileError extends Error {}

/** Reads and checks a report file. */
export function readReportFile(file: string): ReportFile {
  let text: string
  try {
    text = readFileSync(file, 'utf8')
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code
    throw new ReportFileError(`${file}: ${code === 'ENOENT' ? 'no such file' : `cannot be read (${code})`}`)
  }
  return parseReport(text, file)
}

/** Checks a report's text, read from `name` (a file, or a file in an archive). */
export function parseReport(text: string, name: string): ReportFile {
  let report: Partial<ReportFile>
  try {
    report = JSON.parse(text) as Partial<ReportFile>
  } catch (error) {
    throw new ReportFileError(`${name} is not JSON: ${(error as Error).message}`)
  }
  if (report?.schema !== REPORT_SCHEMA)
    throw new ReportFileError(
      `${name} is not a setup-python-ft report: its schema is ${JSON.stringify(report?.schema ?? null)}, this version reads ${REPORT_SCHEMA} (the action's report-path output)`,
    )
  if (!Array.isArray(report.groups)) throw new ReportFileError(`${name}: groups must be a list`)
  return report as ReportFile
}
