import { describe, expect, test } from '@jest/globals'
import { ago, knownFlakyLines, originLines } from '../../src/report/baseline-origin.js'
import type { Comparison } from '../../src/compare/comparison.js'

const now = new Date('2026-12-07T12:00:00Z')
const G = 'Python 3.14 on linux-x64'
const comparison = {
  divergences: 3,
  baseline: { newDivergences: 1, newBlockingFindings: 0, fixed: { divergences: [{ test: 'gone' }], findings: [] } },
  groups: [
    {
      group: G,
      divergences: [
        { id: 'tests/test_a.py::test_flaky', baseline: 'known' },
        { id: 'tests/test_a.py::test_known', baseline: 'known' },
        { id: 'tests/test_a.py::test_new', baseline: 'new' },
      ],
    },
  ],
} as unknown as Comparison

describe('what a run was compared with', () => {
  test('the base named: branch, commit, run, age, and new, fixed and still present', () => {
    const origin = {
      branch: 'main',
      source: { branch: 'main', sha: '1a2b3c4d5e', runId: '812', attempt: '1', at: '2026-12-05T09:00:00Z' },
      rates: {},
    }
    expect(originLines(comparison, origin, undefined, now)).toEqual([
      'Compared with main @ <code>1a2b3c4</code>, run 812, 2 days ago: 1 new, 1 fixed, 2 still present.',
    ])
  })

  test('no entry: said in one line; a pull request: read-only', () => {
    expect(originLines(comparison, { branch: 'main', rates: {} }, 'pull request', now)).toEqual([
      'No baseline of main yet (its first run with `baseline: auto`, or its entry was evicted): every divergence counts.',
      'Read-only cache: pull request. Nothing is saved; restoring is allowed.',
    ])
    expect(originLines(comparison, undefined, undefined, now)).toEqual([])
  })

  test('a known divergence that the history shows flaking gets its rate; one that always diverged does not', () => {
    const rates = {
      [`${G}\ttests/test_a.py::test_flaky`]: { diverged: 3, runs: 20 },
      [`${G}\ttests/test_a.py::test_known`]: { diverged: 20, runs: 20 },
    }
    expect(knownFlakyLines(comparison, { branch: 'main', rates }, G)).toEqual([
      '- Known flaky (15 %): <code>tests/test\\_a\\.py\\:\\:test\\_flaky</code> diverged in 3 of the last 20 runs of main; not blamed here',
    ])
  })

  test('ages', () => {
    expect(ago('2026-12-07T11:59:30Z', now)).toBe('just now')
    expect(ago('2026-12-07T11:57:00Z', now)).toBe('3 minutes ago')
    expect(ago('2026-12-07T07:00:00Z', now)).toBe('5 hours ago')
    expect(ago('2026-12-06T11:00:00Z', now)).toBe('25 hours ago')
  })
})
