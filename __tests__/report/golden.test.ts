import { describe, expect, test } from '@jest/globals'
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { compare } from '../../src/compare/comparison.js'
import { planAnnotations } from '../../src/report/annotations.js'
import { writeReport } from '../../src/report/json-report.js'
import { renderSummary } from '../../src/report/summary.js'
import { marked } from 'marked'
import { sampleLegs } from '../compare/sample.js'

/*
 * The reports of a varied sample, byte for byte against the plain-text files in golden/: the JSON
 * report (kept indented; the writer's output is its compact form, checked too) and the annotations as the code wrote them before it was reworked for a million tests
 * (commit 41ec897), the summary as rebuilt for issue 12. UPDATE_GOLDEN=1 rewrites them, for a
 * deliberate change only, reviewed in the diff; never in CI, where a rewrite would hide the change.
 * Prettier leaves them alone (.prettierignore) and Git keeps their bytes (.gitattributes).
 */
const here = path.dirname(fileURLToPath(import.meta.url))
const golden = (name: string) => path.join(here, 'golden', name)

if (process.env.UPDATE_GOLDEN && process.env.CI) {
  throw new Error(
    `UPDATE_GOLDEN is not allowed in CI (CI=${process.env.CI}): rewrite the golden files on purpose, ` +
      'on your machine, and commit them with the change',
  )
}
const updating = process.env.UPDATE_GOLDEN === '1'

/** Where two texts first differ, as line and column (from 1) and a short excerpt of each. */
function firstDifference(actual: string, expected: string) {
  let at = 0
  while (at < actual.length && at < expected.length && actual[at] === expected[at]) at++
  const before = actual.slice(0, at)
  const line = before.split('\n').length
  const column = at - before.lastIndexOf('\n')
  const excerpt = (text: string) => JSON.stringify(text.slice(Math.max(0, at - 60), at + 60))
  return `line ${line}, column ${column} (character ${at}):\n  golden: ${excerpt(expected)}\n  now:    ${excerpt(actual)}`
}

function matchesGolden(name: string, text: string) {
  const file = golden(name)
  if (updating) writeFileSync(file, text)
  if (!existsSync(file)) throw new Error(`The golden file ${file} is missing; UPDATE_GOLDEN=1 writes it`)
  const expected = readFileSync(file, 'utf8')
  if (text !== expected) {
    throw new Error(
      `${name} differs from the golden file ${file} at ${firstDifference(text, expected)}\n` +
        `(${text.length} characters now, ${expected.length} in the golden file; ` +
        'UPDATE_GOLDEN=1 rewrites it, for a deliberate change only)',
    )
  }
}

describe('the reports of the sample are unchanged', () => {
  const { legs, expected } = sampleLegs()
  const comparison = compare(legs, { requireGilDisabled: true, expected })

  test('JSON report', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'spft-golden-'))
    try {
      writeReport(comparison, path.join(dir, 'report.json'))
      const written = readFileSync(path.join(dir, 'report.json'), 'utf8')
      // Kept indented, so that a diff shows what changed; the writer's bytes are its compact form.
      matchesGolden('report.json', `${JSON.stringify(JSON.parse(written), null, 1)}\n`)
      const golden = JSON.parse(readFileSync(path.join(here, 'golden', 'report.json'), 'utf8')) as unknown
      expect(written === `${JSON.stringify(golden)}\n`).toBe(true)
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
