import { describe, expect, test } from '@jest/globals'
import { compare } from '../../src/compare/compare.js'
import { renderSummary } from '../../src/report/summary.js'
import type { Outcome } from '../../src/results/outcome.js'
import { editTests, leg } from '../compare/helpers.js'

function bigComparison(count: number) {
  const ids = Array.from({ length: count }, (_, i) => `pkg.test_mod::test_case_${i}[${'p'.repeat(40)}]`)
  const standard = leg('standard', Object.fromEntries(ids.map((id) => [id, 'passed' as Outcome])))
  const freethreaded = leg('freethreaded', Object.fromEntries(ids.map((id) => [id, 'failed' as Outcome])))
  editTests(freethreaded, (t) => Object.assign(t, { message: 'assert x', details: 'E  assert x\n'.repeat(40) }))
  return compare([standard, freethreaded], { requireGilDisabled: false })
}

describe('renderSummary', () => {
  test('the four parts, and hostile names made inert', () => {
    const standard = leg('standard', { '<b>x</b>': 'passed', common: 'failed' })
    const freethreaded = leg('freethreaded', { '<b>x</b>': 'failed', common: 'failed' })
    freethreaded.gil.undeclared = ['pkg._ext']
    const text = renderSummary(compare([standard, freethreaded], { requireGilDisabled: false }), '/tmp/r.json')
    expect(text).toContain('## ⚠️ setup-python-ft: 1 divergence between the modes')
    expect(text).toMatch(/\| \*\*standard\*\* \| 3\.14\.7 \(cp314\) \| 2 \| 1 \| 1 \|/)
    expect(text).toContain(
      '| <code>&lt;b&gt;x&lt;/b&gt;</code> | ✅ passed | ❌ failed | Fails only on the free-threaded build |',
    )
    expect(text).toContain('pkg\\.\\_ext has not declared free\\-threading support')
    expect(text).toContain('<details><summary>Common failures, in every mode (1)</summary>')
    expect(text).not.toContain('<b>')
  })

  test('claims agreement only when two modes produced results', () => {
    const two = compare([leg('standard', { t: 'passed' }), leg('freethreaded', { t: 'passed' })], {
      requireGilDisabled: false,
    })
    expect(renderSummary(two, '/tmp/r.json')).toContain('## ✅ setup-python-ft: every mode agrees')
    const one = renderSummary(compare([leg('standard', { t: 'passed' })], { requireGilDisabled: false }), '/r')
    expect(one).toContain('## ➖ setup-python-ft: nothing was compared')
    expect(one).toContain('only standard produced results: a comparison needs two modes of one Python version.')
    expect(one).not.toContain('agrees')
    const none = renderSummary(compare([], { requireGilDisabled: false }), '/r')
    expect(none).toContain('no mode produced results')
    const legOnly = compare([leg('freethreaded', { t: 'failed' })], { requireGilDisabled: false, matrixLeg: true })
    const text = renderSummary(legOnly, '/r')
    expect(text).toContain('## ❌ setup-python-ft: freethreaded on 3.14.7: 1 test failed')
    expect(text).toContain('_One leg of a comparison made in the compare job._')
  })

  test('stays within the byte budget and closes what it opened', () => {
    const limit = 64 * 1024
    const text = renderSummary(bigComparison(2000), '/tmp/r.json', limit)
    expect(Buffer.byteLength(text)).toBeLessThanOrEqual(limit)
    expect(text.split('<details>').length).toBe(text.split('</details>').length)
    expect(text.split('<pre>').length).toBe(text.split('</pre>').length)
    expect(text).toMatch(/_\d+ more divergences are in the JSON report\._/)
    expect(text).toContain("reached GitHub's 1 MiB limit")
  })

  test('under the real 1 MiB limit with 20,000 divergences', () => {
    const text = renderSummary(bigComparison(20_000), '/tmp/r.json')
    expect(Buffer.byteLength(text)).toBeLessThanOrEqual(1024 * 1024)
  })
})
