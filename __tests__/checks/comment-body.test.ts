import { describe, expect, test } from '@jest/globals'
import { COMMENT_ROWS, commentBody, commentMarker, commentState, stateOf } from '../../src/checks/comment-body.js'
import type { Comparison } from '../../src/compare/comparison.js'

const G = 'Python 3.14 on linux-x64'
const row = (i: number, baseline: 'new' | 'known' = 'new') => ({
  id: `tests/test_a.py::test_${i}`,
  kind: 'races-without-gil',
  baseline,
  outcomes: { standard: 'passed', freethreaded: 'failed' },
  reproduce: `PYTHON_GIL=0 python3.14t -m pytest "tests/test_a.py::test_${i}"`,
})
const comparison = (rows: ReturnType<typeof row>[], fixed: string[] = []) =>
  ({
    groups: [{ group: G, divergences: rows, findings: [], modes: [] }],
    divergences: rows.length,
    failures: rows.length,
    findings: [],
    outcome: rows.length > 0 ? 'diverged' : 'passed',
    matrixLeg: false,
    baseline: {
      baseline: { schema: 'setup-python-ft/baseline@1', divergences: [], findings: [] },
      newDivergences: rows.filter((r) => r.baseline === 'new').length,
      newBlockingFindings: 0,
      fixed: { divergences: fixed.map((test) => ({ test })), findings: [] },
    },
  }) as unknown as Comparison
const context = (failure?: string) => ({
  identity: 'abc',
  summary: { step: failure ? { failure } : {}, workspace: '/w' },
  link: 'https://github.example/octo/project/actions/runs/9',
  now: new Date(),
})

describe("the pull request's comment", () => {
  test('the marker, the verdict, the new divergences with class and reproduce command, and the link', () => {
    const body = commentBody(comparison([row(1), row(2, 'known')]), context('The modes disagree'))
    expect(body.startsWith(`${commentMarker('abc')}\n<!-- setup-python-ft-state:`)).toBe(true)
    expect(body).toContain('| New divergence | Class | Reproduce |')
    expect(body).toContain('test\\_1</code> | Races without the GIL | <code>PYTHON\\_GIL=0 python3\\.14t')
    expect(body).not.toContain('test\\_2')
    expect(body).toContain(
      '[Every divergence, its trace and the modes](https://github.example/octo/project/actions/runs/9)',
    )
  })

  test(`at most ${COMMENT_ROWS} rows; the rest are counted`, () => {
    const body = commentBody(comparison(Array.from({ length: 13 }, (_, i) => row(i))), context('x'))
    expect(body.split('\n').filter((line) => line.startsWith('| <code>'))).toHaveLength(COMMENT_ROWS)
    expect(body).toContain('_3 more in the job summary._')
  })

  test('a clean run says so, and names what it fixed', () => {
    const body = commentBody(comparison([], ['tests/test_a.py::test_1']), context())
    expect(body).toContain('No new divergence between the builds.')
    expect(body).toContain('Fixed: <code>tests/test\\_a\\.py\\:\\:test\\_1</code>')
  })

  test("the fixed ones are capped too, and a body past GitHub's limit is cut with a pointer", () => {
    const many = Array.from({ length: 25 }, (_, i) => `tests/test_a.py::test_${i}`)
    const body = commentBody(comparison([], many), context())
    expect(body).toContain(' and 15 more')
    const huge = commentBody(comparison([{ ...row(1), reproduce: 'x'.repeat(70_000) }]), context('x'))
    expect(huge.length).toBeLessThanOrEqual(65_000)
    expect(huge.endsWith("_Cut to GitHub's limit: the job summary has it all._")).toBe(true)
  })

  test('its state changes with what it reports, not with the run it came from', () => {
    const one = commentState(comparison([row(1)]), true)
    expect(commentState(comparison([row(1)]), true)).toBe(one)
    expect(commentState(comparison([row(2)]), true)).not.toBe(one)
    expect(commentState(comparison([]), false)).not.toBe(one)
    expect(stateOf(commentBody(comparison([row(1)]), context('x')))).toBe(one)
  })
})
