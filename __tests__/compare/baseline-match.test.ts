import { describe, expect, test } from '@jest/globals'
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { BASELINE_SCHEMA, parseBaseline, type Baseline } from '../../src/baseline/baseline.js'
import { readBaselineInput, writeBaselineFile } from '../../src/baseline/file.js'
import { currentBaseline, globPattern } from '../../src/compare/baseline-match.js'
import { compare } from '../../src/compare/comparison.js'
import { failureReason } from '../../src/pipeline/publish.js'
import { leg } from './helpers.js'

const GROUP = 'Python 3.14 on linux-x64'

/** Three divergences: a failure, a crash and a parametrised odd id, with files. */
function legs() {
  const files: Record<string, string> = {
    'tests.test_a::test_fails': 'tests/test_a.py',
    'tests.test_b::test_crash': 'tests/test_b.py',
    'tests.legacy.test_c::test_odd[a::b-[1]]': 'tests/legacy/test_c.py',
    'tests.test_a::test_ok': 'tests/test_a.py',
  }
  const withFiles = (outcomes: Record<string, 'passed' | 'failed' | 'crashed'>) =>
    Object.entries(outcomes).map(([id, outcome]) => ({ id, outcome, file: files[id] }))
  return [
    leg(
      'standard',
      {},
      {
        tests: withFiles({
          'tests.test_a::test_fails': 'passed',
          'tests.test_b::test_crash': 'passed',
          'tests.legacy.test_c::test_odd[a::b-[1]]': 'passed',
          'tests.test_a::test_ok': 'passed',
        }),
      },
    ),
    leg(
      'freethreaded',
      {},
      {
        tests: withFiles({
          'tests.test_a::test_fails': 'failed',
          'tests.test_b::test_crash': 'crashed',
          'tests.legacy.test_c::test_odd[a::b-[1]]': 'failed',
          'tests.test_a::test_ok': 'passed',
        }),
        gil: { pythonGil: '0', enabledBy: [], undeclared: ['pkg._c'], extensions: ['pkg._c'] },
      },
    ),
  ]
}

const baseline = (divergences: Baseline['divergences'], findings: Baseline['findings'] = []): Baseline =>
  parseBaseline({ schema: BASELINE_SCHEMA, divergences, findings })

describe('baseline matching', () => {
  test('known, new, fixed; a class change is new; a parametrised id matches exactly', () => {
    const comparison = compare(legs(), {
      requireGilDisabled: true,
      baseline: baseline(
        [
          { test: 'tests.test_a::test_fails', group: GROUP, class: 'freethreaded-only' },
          { test: 'tests.test_b::test_crash', class: 'freethreaded-only' },
          { test: 'tests.legacy.test_c::test_odd[a::b-[1]]' },
          { test: 'tests.test_a::test_gone', group: GROUP },
          { test: 'tests.test_a::test_elsewhere', group: 'Python 3.13 on linux-x64' },
        ],
        [{ kind: 'undeclared-extension', module: 'pkg._c' }, { kind: 'gil-enabled' }],
      ),
    })
    const status = Object.fromEntries(comparison.groups[0].divergences.map((r) => [r.id, r.baseline]))
    expect(status).toEqual({
      'tests.test_a::test_fails': 'known',
      // Known as freethreaded-only, now crashed: new.
      'tests.test_b::test_crash': 'new',
      'tests.legacy.test_c::test_odd[a::b-[1]]': 'known',
    })
    expect(comparison.baseline).toMatchObject({ newDivergences: 1, newBlockingFindings: 0 })
    // The crash's entry still sees its test diverge: not fixed. The other group was not run: not fixed.
    expect(comparison.baseline!.fixed).toEqual({
      divergences: [{ test: 'tests.test_a::test_gone', group: GROUP }],
      findings: [{ kind: 'gil-enabled' }],
    })
    expect(failureReason(comparison, 'divergence', 0)).toBe(
      'The modes disagree: 1 new divergent test (fail-on: divergence; 2 known, in the baseline)',
    )
  })

  test('a file or a glob quarantines every test of its files', () => {
    const comparison = compare(legs(), {
      requireGilDisabled: false,
      baseline: baseline([{ file: 'tests/legacy/**' }, { file: 'tests/test_?.py', class: 'crashed' }]),
    })
    const known = comparison.groups[0].divergences.filter((r) => r.baseline === 'known').map((r) => r.id)
    expect(known.sort()).toEqual(['tests.legacy.test_c::test_odd[a::b-[1]]', 'tests.test_b::test_crash'])
    expect(failureReason(comparison, 'divergence', 0)).toContain('1 new divergent test')
    expect(globPattern('tests/**/test_*.py').test('tests/test_a.py')).toBe(true)
    expect(globPattern('tests/**/test_*.py').test('tests/x/y/test_a.py')).toBe(true)
    expect(globPattern('tests/test_[1].py').test('tests/test_1.py')).toBe(false)
  })

  test('everything known passes the step; the written baseline, fed back, knows everything', () => {
    const first = compare(legs(), { requireGilDisabled: true })
    const written = currentBaseline(first.groups, undefined)
    expect(written.divergences).toContainEqual({
      test: 'tests.test_b::test_crash',
      group: GROUP,
      class: 'crashed',
      modes: ['freethreaded'],
    })
    expect(written.findings).toEqual([{ kind: 'undeclared-extension', group: GROUP, module: 'pkg._c' }])
    const dir = mkdtempSync(path.join(tmpdir(), 'spft-baseline-'))
    writeBaselineFile(written, path.join(dir, 'baseline.json'))
    const again = compare(legs(), { requireGilDisabled: true, baseline: readBaselineInput('baseline.json', dir) })
    expect(again.baseline).toMatchObject({
      newDivergences: 0,
      newBlockingFindings: 0,
      fixed: { divergences: [], findings: [] },
    })
    expect(failureReason(again, 'divergence', 0)).toBeUndefined()
    // A glob the user wrote stays a glob when the baseline is written back.
    const globbed = compare(legs(), { requireGilDisabled: false, baseline: baseline([{ file: 'tests/**' }]) })
    expect(currentBaseline(globbed.groups, globbed.baseline!.baseline).divergences).toEqual([{ file: 'tests/**' }])
    expect(readFileSync(path.join(dir, 'baseline.json'), 'utf8').split('\n')[2]).toBe('  "divergences": [')
  })
})

describe('the baseline input', () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'spft-baseline-input-'))
  const write = (name: string, text: string) => writeFileSync(path.join(dir, name), text)

  test.each([
    ['missing.json', undefined, 'baseline: missing.json does not exist: name a JSON file in the repository'],
    ['bad.json', '{', 'baseline: bad.json is not JSON'],
    [
      'v9.json',
      '{"schema": "setup-python-ft/baseline@9"}',
      'baseline: v9.json: schema must be \'setup-python-ft/baseline@1\', found "setup-python-ft/baseline@9"',
    ],
    [
      'both.json',
      `{"schema": "${BASELINE_SCHEMA}", "divergences": [{"test": "a", "file": "b"}]}`,
      'divergences[0] needs either test',
    ],
    [
      'class.json',
      `{"schema": "${BASELINE_SCHEMA}", "divergences": [{"test": "a", "class": "broken"}]}`,
      'divergences[0].class must be one of crashed',
    ],
    [
      'kind.json',
      `{"schema": "${BASELINE_SCHEMA}", "findings": [{"kind": "oops"}]}`,
      'findings[0].kind must be one of',
    ],
  ])('%s is one error naming baseline', (name, text, message) => {
    if (text !== undefined) write(name, text)
    expect(() => readBaselineInput(name, dir)).toThrow(message)
  })

  test('no input, no baseline', () => {
    expect(readBaselineInput('', dir)).toBeUndefined()
  })
})
