import { describe, expect, test } from '@jest/globals'
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { gunzipSync, gzipSync } from 'node:zlib'
import { compare } from '../../src/compare/compare.js'
import { planAnnotations } from '../../src/report/annotations.js'
import { writeReport } from '../../src/report/json-report.js'
import { renderSummary } from '../../src/report/summary.js'
import { marked } from 'marked'
import { sampleLegs } from '../compare/sample.js'

/*
 * The reports of a varied sample, byte for byte: the JSON report and the annotations as the code
 * wrote them before it was reworked for a million tests (commit 41ec897), the summary as rebuilt
 * for issue 12. UPDATE_GOLDEN=1 rewrites them, for a deliberate change only.
 */
const here = path.dirname(fileURLToPath(import.meta.url))
const golden = (name: string) => path.join(here, 'golden', `${name}.gz`)

function matchesGolden(name: string, text: string) {
  if (process.env.UPDATE_GOLDEN === '1') writeFileSync(golden(name), gzipSync(text, { level: 9 }))
  expect(existsSync(golden(name))).toBe(true)
  expect(text).toBe(gunzipSync(readFileSync(golden(name))).toString('utf8'))
}

describe('the reports of the sample are unchanged', () => {
  const { legs, expected } = sampleLegs()
  const comparison = compare(legs, { requireGilDisabled: true, expected })

  test('JSON report', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'spft-golden-'))
    try {
      writeReport(comparison, path.join(dir, 'report.json'))
      matchesGolden('report.json', readFileSync(path.join(dir, 'report.json'), 'utf8'))
    } finally {
      rmSync(dir, { recursive: true, force: true })
    }
  })

  test('job summary and annotations', () => {
    matchesGolden(
      'summary.md',
      renderSummary(comparison, { step: { failure: 'The modes disagree', sha: '0123456789abcdef' }, workspace: '/w' }),
    )
    matchesGolden('annotations.json', `${JSON.stringify(planAnnotations(comparison, 1), null, 1)}\n`)
  })

  test('the summary through a GFM renderer: no visible backslash escapes, no tag shown as text', () => {
    const markdown = renderSummary(comparison, { step: { failure: 'The modes disagree' }, workspace: '/w' })
    const html = marked.parse(markdown, { gfm: true, async: false }) as string
    const text = html.replace(/<[^>]+>/g, '')
    const escapes = text.match(/.{0,40}\\[!-/:-@[-`{-~].{0,20}/g) ?? []
    expect(escapes).toEqual([])
    expect(html).not.toMatch(/&lt;\/?(details|summary|code|sub|br|pre|a)\b/)
    expect(html.split('<details>').length).toBe(html.split('</details>').length)
    expect(html).toContain('<table>')
  })
})
