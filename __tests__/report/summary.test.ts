import { describe, expect, test } from '@jest/globals'
import { compare } from '../../src/compare/comparison.js'
import { renderSummary, type SummaryOptions } from '../../src/report/summary.js'
import type { Outcome } from '../../src/model/outcome.js'
import { editTests, leg } from '../compare/helpers.js'

/** A line as GitHub shows it: markdown's backslash escapes gone. */
const visible = (line: string) => line.replace(/\\([^\w\s])/g, '$1')

const FAILED: SummaryOptions = { step: { failure: 'The modes disagree', sha: 'abcdef0123' }, workspace: '/w' }
const PASSED: SummaryOptions = { step: {}, workspace: '/w' }

function bigComparison(count: number) {
  const ids = Array.from({ length: count }, (_, i) => `pkg.test_mod::test_case_${i}[${'p'.repeat(40)}]`)
  const standard = leg('standard', Object.fromEntries(ids.map((id) => [id, 'passed' as Outcome])))
  const freethreaded = leg('freethreaded', Object.fromEntries(ids.map((id) => [id, 'failed' as Outcome])))
  editTests(freethreaded, (t) => Object.assign(t, { message: 'assert x', details: 'E  assert x\n'.repeat(40) }))
  return compare([standard, freethreaded], { requireGilDisabled: false })
}

describe('renderSummary', () => {
  test('the verdict, the divergences first, the modes with a legend, and hostile names made inert', () => {
    const standard = leg('standard', { '<b>x</b>': 'passed', common: 'failed' })
    const freethreaded = leg('freethreaded', { '<b>x</b>': 'failed', common: 'failed' })
    freethreaded.gil.undeclared = ['pkg._ext']
    editTests(freethreaded, (t) => Object.assign(t, { message: 'assert 1 == 2', file: 'tests/test_x.py', line: 3 }))
    const comparison = compare([standard, freethreaded], { requireGilDisabled: false })
    const links = { server: 'https://github.com', repository: 'o/r', sha: 'abcdef0123' }
    const text = renderSummary(comparison, { ...FAILED, links })
    const lines = text.split('\n')
    expect(visible(lines[0])).toBe(
      '## ❌ 1 test breaks only with the GIL off (3.14.7t): 1 failure — it passes on standard',
    )
    expect(visible(lines[2])).toBe('2 tests × 2 modes · 1.0 s · commit abcdef0')
    expect(text.indexOf('### Divergences (1)')).toBeLessThan(text.indexOf('### Modes'))
    expect(text).toContain(
      '| <a href="https://github.com/o/r/blob/abcdef0123/tests/test_x.py#L3"><code>&lt;b&gt;x&lt;/b&gt;</code></a><br><sub>Fails only on the free-threaded build</sub> | ❌ freethreaded | assert 1 == 2 | not rerun |',
    )
    // Blank cells, not zeros; the GIL column says what was set.
    expect(text).toMatch(/\| \*\*standard\*\* \| 3\.14\.7 \(cp314\) \| 2 \| 1 \| 1 \| {2}\| {2}\| {2}\|/)
    expect(text).toContain('<sub>✅ passed · ❌ failed or error · ⏭️ skipped or xfail · 💥 crashed · ⏳ hung</sub>')
    expect(text).toContain('pkg\\.\\_ext has not declared free\\-threading support')
    expect(text).toContain('<details><summary>Common failures, in every mode (1)</summary>')
    expect(text).not.toContain('<b>')
    expect(text).not.toContain('/w')
    expect(text).toContain('(the `report-path` output)')
  })

  test('green only when the step passes; claims agreement only when two modes produced results', () => {
    const two = compare([leg('standard', { t: 'passed' }), leg('freethreaded', { t: 'passed' })], {
      requireGilDisabled: false,
    })
    const agrees = renderSummary(two, PASSED)
    expect(agrees.split('\n')[0]).toBe('## ✅ every mode agrees')
    expect(agrees).not.toContain('report-path')
    const diverged = compare([leg('standard', { t: 'passed' }), leg('freethreaded', { t: 'failed' })], {
      requireGilDisabled: false,
    })
    expect(renderSummary(diverged, PASSED).split('\n')[0]).toMatch(/^## ⚠️ 1 test breaks/)
    const common = compare([leg('standard', { t: 'failed' }), leg('freethreaded', { t: 'failed' })], {
      requireGilDisabled: false,
    })
    expect(renderSummary(common, PASSED).split('\n')[0]).toBe('## ✅ the modes agree; 1 test fails in every mode')
    const failing = renderSummary(common, {
      ...PASSED,
      step: { failure: '1 tests failed in every mode (fail-on: failure)' },
    })
    expect(visible(failing.split('\n')[0])).toBe('## ❌ 1 tests failed in every mode (fail-on: failure)')
    const one = renderSummary(compare([leg('standard', { t: 'passed' })], { requireGilDisabled: false }), PASSED)
    expect(one).toContain('## ➖ nothing was compared')
    expect(one).toContain('only standard produced results: a comparison needs two modes of one Python version.')
    expect(one).not.toContain('agrees')
    const none = renderSummary(compare([], { requireGilDisabled: false }), PASSED)
    expect(none).toContain('no mode produced results')
    const legOnly = compare([leg('freethreaded', { t: 'failed' })], { requireGilDisabled: false, matrixLeg: true })
    const text = renderSummary(legOnly, PASSED)
    expect(visible(text)).toContain('## ⚠️ freethreaded on 3.14.7: 1 test failed')
    expect(text).toContain('_One leg of a comparison made in the compare job._')
  })

  test('stays within the byte budget and closes what it opened', () => {
    const limit = 64 * 1024
    const text = renderSummary(bigComparison(2000), FAILED, limit)
    expect(Buffer.byteLength(text)).toBeLessThanOrEqual(limit)
    expect(text.split('<details>').length).toBe(text.split('</details>').length)
    expect(text.split('<pre>').length).toBe(text.split('</pre>').length)
    expect(text).toMatch(/_\d+ more divergences are in the JSON report\._/)
    expect(text).toContain("reached GitHub's 1 MiB limit")
  })

  test('under the real 1 MiB limit with 20,000 divergences', () => {
    const text = renderSummary(bigComparison(20_000), FAILED)
    expect(Buffer.byteLength(text)).toBeLessThanOrEqual(1024 * 1024)
  })
})

describe('a suite that never ran a test', () => {
  test('the verdict is the step failure that names it, not a comparison of the other modes', () => {
    const status = { exitCode: 4, signal: null, timedOut: false, durationSeconds: 1, segments: 1 }
    const comparison = compare(
      [
        leg('standard', { a: 'passed', b: 'failed' }),
        leg('freethreaded', { a: 'passed', b: 'passed' }),
        leg('freethreaded-gil', {}, { status }),
      ],
      { requireGilDisabled: false },
    )
    const failure = 'freethreaded-gil ran no test: pytest exited 4 before running a test'
    const text = renderSummary(comparison, { step: { failure }, workspace: '/w' })
    expect(text.split('\n')[0]).toBe('## ❌ freethreaded\\-gil ran no test\\: pytest exited 4 before running a test')
  })
})
