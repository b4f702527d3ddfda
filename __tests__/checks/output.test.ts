import { describe, expect, test } from '@jest/globals'
import { batches, checkAnnotations, checkOutput } from '../../src/checks/output.js'
import { compare } from '../../src/compare/comparison.js'
import { leg } from '../compare/helpers.js'

describe('check run output', () => {
  test('batches of 50, and one empty batch for none', () => {
    expect(batches(Array.from({ length: 120 }, (_, i) => i)).map((b) => b.length)).toEqual([50, 50, 20])
    expect(batches([])).toEqual([[]])
  })

  test('every divergence with a file, most serious first, levels as the Checks API names them', () => {
    const tests = (outcomes: string[]) =>
      outcomes.map((outcome, i) => ({
        id: `t::test_${i}`,
        outcome: outcome as 'passed',
        // The third has no file, the fourth one outside the repository: neither can be placed.
        file: i === 2 ? undefined : i === 3 ? '/opt/elsewhere/t.py' : 't.py',
        line: i + 1,
      }))
    const comparison = compare(
      [
        leg('standard', {}, { tests: tests(['passed', 'passed', 'passed', 'passed']) }),
        leg('freethreaded', {}, { tests: tests(['failed', 'crashed', 'failed', 'failed']) }),
      ],
      { requireGilDisabled: false },
    )
    expect(checkAnnotations(comparison)).toEqual([
      expect.objectContaining({
        path: 't.py',
        start_line: 2,
        end_line: 2,
        annotation_level: 'failure',
        title: 'Crashed',
      }),
      expect.objectContaining({
        path: 't.py',
        start_line: 1,
        annotation_level: 'failure',
        title: 'Fails only on the free-threaded build',
      }),
    ])
    const output = checkOutput(comparison, { step: { failure: 'The modes disagree' }, workspace: '/w' })
    expect(output.title.replace(/\\/g, '')).toBe(
      '❌ 4 tests break only with the GIL off (3.14.7t): 1 crash · 3 failures — all pass on standard',
    )
    expect(output.summary.split('<details>').length).toBe(output.summary.split('</details>').length)
  })
})
