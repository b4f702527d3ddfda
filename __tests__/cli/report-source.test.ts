import { describe, expect, test } from '@jest/globals'
import archiver from 'archiver'
import { createWriteStream, mkdirSync, mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { finished } from 'node:stream/promises'
import { readReportFrom } from '../../src/cli/report-source.js'
import { REPORT_SCHEMA } from '../../src/report/json-report.js'

const report = (outcome: string) => ({ schema: REPORT_SCHEMA, outcome, divergences: 0, failures: 0, groups: [] })
const otherJson = JSON.stringify({ schema: 'setup-python-ft/leg@1' })

/** A zip as @actions/artifact makes one (archiver, streamed), of these files. */
async function zipOf(file: string, entries: Record<string, string>): Promise<string> {
  const archive = archiver('zip', { zlib: { level: 6 } })
  const out = createWriteStream(file)
  archive.pipe(out)
  for (const [name, text] of Object.entries(entries)) archive.append(text, { name })
  await archive.finalize()
  await finished(out)
  return file
}

describe('readReportFrom: the report-path file, an unpacked artifact or its zip', () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'spft-report-source-'))

  test('a file, as before', async () => {
    const file = path.join(dir, 'report.json')
    writeFileSync(file, JSON.stringify(report('passed')))
    expect((await readReportFrom(file)).outcome).toBe('passed')
    await expect(readReportFrom(path.join(dir, 'nope.json'))).rejects.toThrow(`${dir}/nope.json: no such file`)
  })

  test("a folder (gh run download): its one report, below the artifact's folder, beside other JSON", async () => {
    const folder = path.join(dir, 'downloaded')
    mkdirSync(path.join(folder, 'setup-python-ft-report'), { recursive: true })
    writeFileSync(path.join(folder, 'setup-python-ft-report', 'report.json'), JSON.stringify(report('diverged')))
    writeFileSync(path.join(folder, 'leg.json'), otherJson)
    writeFileSync(path.join(folder, 'notes.json'), '{ not json')
    expect((await readReportFrom(folder)).outcome).toBe('diverged')
    writeFileSync(path.join(folder, 'second.json'), JSON.stringify(report('passed')))
    await expect(readReportFrom(folder)).rejects.toThrow(
      `${folder}: this folder holds 2 reports (second.json, setup-python-ft-report/report.json); give one of them`,
    )
    const empty = path.join(dir, 'empty')
    mkdirSync(empty)
    await expect(readReportFrom(empty)).rejects.toThrow(
      `${empty}: no setup-python-ft report in this folder (a JSON file of schema ${REPORT_SCHEMA}`,
    )
  })

  test("the artifact's zip, as the browser saves it", async () => {
    const zip = await zipOf(path.join(dir, 'setup-python-ft-report.zip'), {
      'report.json': JSON.stringify(report('diverged')),
      'legs/leg.json': otherJson,
      'output.log': 'x'.repeat(100_000),
    })
    expect((await readReportFrom(zip)).outcome).toBe('diverged')
    const none = await zipOf(path.join(dir, 'none.zip'), { 'leg.json': otherJson })
    await expect(readReportFrom(none)).rejects.toThrow(`${none}: no setup-python-ft report in this zip`)
    const two = await zipOf(path.join(dir, 'two.zip'), {
      'a/report.json': JSON.stringify(report('passed')),
      'b/report.json': JSON.stringify(report('passed')),
    })
    await expect(readReportFrom(two)).rejects.toThrow(
      `${two}: this zip holds 2 reports (a/report.json, b/report.json); unpack it and give one of them`,
    )
    // Cut short: the zip's own fault, one line.
    const cut = path.join(dir, 'cut.zip')
    writeFileSync(cut, Buffer.from('PK\u0003\u0004garbage', 'latin1'))
    await expect(readReportFrom(cut)).rejects.toThrow(`${cut}: `)
  })
})
