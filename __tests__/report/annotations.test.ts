import { describe, expect, test } from '@jest/globals'
import { compare } from '../../src/compare/comparison.js'
import { planAnnotations } from '../../src/report/annotations.js'
import type { Outcome } from '../../src/model/outcome.js'
import { editTests, leg } from '../compare/helpers.js'

function comparisonOf(count: number, ftOutcome: Outcome) {
  const ids = Array.from({ length: count }, (_, i) => `t::test_${String(i).padStart(3, '0')}`)
  const standard = leg('standard', Object.fromEntries(ids.map((id) => [id, 'passed' as Outcome])))
  const freethreaded = leg('freethreaded', Object.fromEntries(ids.map((id) => [id, ftOutcome])))
  editTests(freethreaded, (t, i) => Object.assign(t, { file: 'tests/t.py', line: i + 1, message: 'boom' }))
  return compare([standard, freethreaded], { requireGilDisabled: false })
}

describe('planAnnotations', () => {
  test('one annotation per divergence at its file and line, with the outcomes and the failure', () => {
    const [annotation] = planAnnotations(comparisonOf(1, 'failed'), 0)
    expect(annotation).toEqual({
      level: 'error',
      message: 't::test_000\nstandard: passed · freethreaded: failed\nboom',
      properties: { title: 'Fails only on the free-threaded build', file: 'tests/t.py', line: 1 },
    })
  })

  test("GitHub's 10 per level: the most important first, room for the step's own error, the rest counted", () => {
    const comparison = comparisonOf(25, 'failed')
    comparison.groups[0].divergences[24].kind = 'crashed'
    const annotations = planAnnotations(comparison, 1)
    const errors = annotations.filter((a) => a.level === 'error')
    expect(errors).toHaveLength(9)
    expect(errors[0].properties.title).toBe('Crashed')
    expect(annotations.at(-1)).toEqual(
      expect.objectContaining({ level: 'notice', message: expect.stringMatching(/^16 more findings and divergences/) }),
    )
  })
})

describe('a suite that never ran a test', () => {
  const status = { exitCode: 1, signal: null, timedOut: false, durationSeconds: 1, segments: 1, cause: 'E: boom' }
  const comparison = compare([leg('standard', { a: 'passed' }), leg('freethreaded', {}, { status })], {
    requireGilDisabled: false,
  })

  test('is an error annotation of its own, unless the step failure already tells it', () => {
    const errors = (told: typeof comparison.findings) =>
      planAnnotations(comparison, 1, told).filter((a) => a.level === 'error')
    expect(errors([]).map((a) => a.message)).toEqual([
      expect.stringContaining('freethreaded ran no test: pytest exited 1 before running a test: E: boom'),
    ])
    expect(errors(comparison.findings)).toEqual([])
  })
})
