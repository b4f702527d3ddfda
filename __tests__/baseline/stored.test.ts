import { describe, expect, test } from '@jest/globals'
import {
  effectiveBaseline,
  flakeRate,
  HISTORY_RUNS,
  HISTORY_TESTS,
  historyKey,
  jobIdentity,
  parseStored,
  recordRun,
  STORED_SCHEMA,
  storedKey,
  storedPrefix,
  type History,
  type RunLetters,
} from '../../src/baseline/stored.js'

const G = 'Python 3.14 on linux-x64'
const letters = (entries: [string, 'D' | 'F'][]): RunLetters => new Map(entries.map(([t, l]) => [historyKey(G, t), l]))

describe('the keys of baseline: auto', () => {
  const settings = {
    workflow: 'CI',
    job: 'suite',
    versions: ['3.14.7'],
    modes: ['standard', 'freethreaded'],
    run: 'pytest',
    platform: 'linux-x64',
  }

  test('two jobs, or two rows of a matrix, never share an identity', () => {
    const one = jobIdentity(settings)
    expect(one).toMatch(/^[0-9a-f]{16}$/)
    expect(jobIdentity({ ...settings, job: 'other' })).not.toBe(one)
    expect(jobIdentity({ ...settings, versions: ['3.15.2'] })).not.toBe(one)
    expect(jobIdentity({ ...settings, platform: 'darwin-arm64' })).not.toBe(one)
    expect(jobIdentity({ ...settings, modes: ['standard'] })).not.toBe(one)
  })

  test("one entry per run and attempt; no branch's prefix is another's", () => {
    const key = storedKey('abc', { branch: 'main', runId: '812', attempt: '1' })
    expect(key.startsWith(storedPrefix('abc', 'main'))).toBe(true)
    expect(storedKey('abc', { branch: 'main', runId: '812', attempt: '2' })).not.toBe(key)
    expect(
      storedKey('abc', { branch: 'main-2', runId: '1', attempt: '1' }).startsWith(storedPrefix('abc', 'main')),
    ).toBe(false)
    expect(storedPrefix('abc', 'release/1.x')).toBe('setup-python-ft-baseline-abc-release%2F1.x~')
  })
})

describe('the history of a branch', () => {
  test('each run adds a letter to every test it holds; new divergences come in', () => {
    let history = recordRun(undefined, '1', letters([['t1', 'D']]))
    history = recordRun(history, '2', letters([['t2', 'F']]))
    history = recordRun(history, '3', new Map())
    expect(history).toEqual({
      runs: ['1', '2', '3'],
      tests: { [historyKey(G, 't1')]: 'DAA', [historyKey(G, 't2')]: '-FA' },
    })
    expect(flakeRate(history, historyKey(G, 't2'))).toEqual({ diverged: 1, runs: 2 })
  })

  test(`bounded: the newest ${HISTORY_RUNS} runs; a test quiet through them leaves`, () => {
    let history: History | undefined = recordRun(undefined, '0', letters([['once', 'D']]))
    for (let run = 1; run < HISTORY_RUNS; run++) history = recordRun(history, String(run), letters([['often', 'F']]))
    expect(Object.keys(history!.tests)).toHaveLength(2)
    history = recordRun(history, String(HISTORY_RUNS), letters([['often', 'F']]))
    expect(history.runs).toHaveLength(HISTORY_RUNS)
    expect(Object.keys(history.tests)).toEqual([historyKey(G, 'often')])
    expect(flakeRate(history, historyKey(G, 'often'))).toEqual({ diverged: 20, runs: 20 })
  })

  test(`a project where 10,000 tests flake once: at most ${HISTORY_TESTS} tests, the most recent kept, and small`, () => {
    let history: History | undefined
    for (let run = 0; run < 50; run++) {
      const flaked: [string, 'F'][] = Array.from({ length: 200 }, (_, i) => [`tests/test_m${run}.py::test_${i}`, 'F'])
      history = recordRun(history, `${1000 + run}`, letters(flaked))
    }
    expect(Object.keys(history!.tests)).toHaveLength(HISTORY_TESTS)
    // The last run's 200 are all there; the first runs' are the ones dropped.
    expect(history!.tests[historyKey(G, 'tests/test_m49.py::test_0')]).toBeDefined()
    expect(history!.tests[historyKey(G, 'tests/test_m0.py::test_0')]).toBeUndefined()
    const bytes = Buffer.byteLength(JSON.stringify(history))
    expect(bytes).toBeLessThan(1024 * 1024)
  })

  test('known flaky: a test the history shows diverging in some runs joins the baseline, any class', () => {
    const stored = {
      schema: STORED_SCHEMA as typeof STORED_SCHEMA,
      source: { branch: 'main', sha: 'abc', runId: '3', attempt: '1', at: '2026-12-05T00:00:00Z' },
      baseline: {
        schema: 'setup-python-ft/baseline@1' as const,
        divergences: [{ test: 'kept', group: G }],
        findings: [],
      },
      history: { runs: ['1', '2', '3'], tests: { [historyKey(G, 'kept')]: 'DDD', [historyKey(G, 'flaky')]: 'AFA' } },
    }
    expect(effectiveBaseline(stored).divergences).toEqual([
      { test: 'kept', group: G },
      { test: 'flaky', group: G, knownFlaky: true },
    ])
    expect(parseStored(JSON.parse(JSON.stringify(stored)))).toEqual(stored)
    expect(parseStored({ ...stored, schema: 'other' })).toBeUndefined()
  })
})
