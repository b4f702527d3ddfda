import { closeSync, openSync, readdirSync, readSync, statSync } from 'node:fs'
import path from 'node:path'
import { openPromise } from 'yauzl'
import { parseReport, readReportFile, ReportFileError, type ReportFile } from '../report/report-file.js'
import { REPORT_SCHEMA } from '../report/json-report.js'

/*
 * Where `report` and `reproduce` read a report from: the action's report-path file; the folder a
 * downloaded artifact was unpacked into (`gh run download`); or the artifact's zip, as the browser
 * saves it. In a folder or a zip, the one JSON file of the report's schema is the report.
 */

/** How deep a folder is searched, and the largest JSON file read from a zip. */
const FOLDER_DEPTH = 3
const LARGEST_ENTRY = 512 * 1024 * 1024

interface Found {
  name: string
  report: ReportFile
}

function startsAsZip(file: string): boolean {
  const head = Buffer.alloc(4)
  const fd = openSync(file, 'r')
  try {
    readSync(fd, head, 0, 4, 0)
  } finally {
    closeSync(fd)
  }
  return head.toString('latin1') === 'PK\u0003\u0004'
}

/** A report from a file, a folder or a zip; a ReportFileError says why none (or more than one) is there. */
export async function readReportFrom(given: string): Promise<ReportFile> {
  try {
    const stats = statSync(given, { throwIfNoEntry: false })
    if (stats?.isDirectory()) return theOne(given, 'folder', inFolder(given, FOLDER_DEPTH))
    if (stats?.isFile() && startsAsZip(given)) return theOne(given, 'zip', await inZip(given))
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code
    if (!code) throw error
    throw new ReportFileError(`${given}: cannot be read (${code})`)
  }
  return readReportFile(given)
}

function theOne(given: string, what: 'folder' | 'zip', found: Found[]): ReportFile {
  if (found.length === 1) return found[0]!.report
  if (found.length === 0)
    throw new ReportFileError(
      `${given}: no setup-python-ft report in this ${what} (a JSON file of schema ${REPORT_SCHEMA}, the action's report-path output)`,
    )
  const names = found.map((f) => f.name).sort()
  const shown = names.length > 5 ? `${names.slice(0, 5).join(', ')}, …` : names.join(', ')
  throw new ReportFileError(
    `${given}: this ${what} holds ${names.length} reports (${shown}); ${what === 'zip' ? 'unpack it and ' : ''}give one of them`,
  )
}

/** The reports among a folder's JSON files, down to `depth` folders below it. */
function inFolder(dir: string, depth: number, under = ''): Found[] {
  const found: Found[] = []
  for (const entry of readdirSync(path.join(dir, under), { withFileTypes: true })) {
    const name = path.join(under, entry.name)
    if (entry.isDirectory() && depth > 0) found.push(...inFolder(dir, depth - 1, name))
    else if (entry.isFile() && entry.name.endsWith('.json')) {
      const report = orNone(() => readReportFile(path.join(dir, name)))
      if (report) found.push({ name, report })
    }
  }
  return found
}

/** The reports among a zip's JSON files (yauzl reads its central directory: a zip cut short is refused). */
async function inZip(file: string): Promise<Found[]> {
  const found: Found[] = []
  try {
    const zip = await openPromise(file)
    for await (const entry of zip.eachEntry()) {
      if (!entry.fileName.endsWith('.json') || entry.uncompressedSize > LARGEST_ENTRY) continue
      const chunks: Buffer[] = []
      for await (const chunk of await zip.openReadStreamPromise(entry)) chunks.push(chunk as Buffer)
      const report = orNone(() => parseReport(Buffer.concat(chunks).toString('utf8'), entry.fileName))
      if (report) found.push({ name: entry.fileName, report })
    }
  } catch (error) {
    throw new ReportFileError(`${file}: the zip cannot be read (${(error as Error).message})`)
  }
  return found
}

/** The report, or none when the file is another JSON file. */
function orNone(read: () => ReportFile): ReportFile | undefined {
  try {
    return read()
  } catch (error) {
    if (error instanceof ReportFileError) return undefined
    throw error
  }
}
