// baseline: auto over cache-dir's store (a real directory): what a branch's runs save, what a pull
// request reads, the history growing, and the folder kept small (3 entries per branch).
import { afterAll, describe, expect, test } from '@jest/globals'
import { mkdtempSync, readdirSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { DirectoryCache } from '../../src/cache/directory-cache.js'
import { readOnly } from '../../src/cache/read-only.js'
import { incomplete, originOf, restoreAutoBaseline, saveAutoBaseline } from '../../src/pipeline/auto-baseline.js'
import type { Comparison } from '../../src/compare/comparison.js'
import type { GithubEvent } from '../../src/inputs/github-event.js'

const dir = mkdtempSync(path.join(tmpdir(), 'spft-auto-baseline-'))
const home = process.env.HOME
process.env.HOME = dir
afterAll(() => {
  process.env.HOME = home
  rmSync(dir, { recursive: true, force: true })
})

const G = 'Python 3.14 on linux-x64'
const push = (run: number): GithubEvent => ({
  name: 'push',
  branch: 'main',
  runId: String(run),
  attempt: '1',
  workflow: 'CI',
  job: 'ft',
  sha: `${run}`.padEnd(40, '0'),
})
const pull = (run: number): GithubEvent => ({
  ...push(run),
  name: 'pull_request',
  pullRequest: { number: 7, fork: false },
  readOnly: 'pull request',
})
const diverging = (...ids: string[]) =>
  ({
    groups: [
      { group: G, divergences: ids.map((id) => ({ id, kind: 'freethreaded-only', outcomes: {} })), findings: [] },
    ],
    divergences: ids.length,
  }) as unknown as Comparison

describe('baseline: auto in a cache-dir', () => {
  const store = new DirectoryCache(path.join(dir, 'cache'), () => {})

  test("a branch's runs save; each reads the one before; a pull request reads the newest and saves nothing", async () => {
    const first = await restoreAutoBaseline(store, push(1), 'job')
    expect(first.stored).toBeUndefined()
    expect(await saveAutoBaseline(store, push(1), first, diverging('t::known', 't::flaky'))).toBe(true)
    const second = await restoreAutoBaseline(store, push(2), 'job')
    expect(second.stored?.source).toMatchObject({ branch: 'main', runId: '1' })
    await saveAutoBaseline(store, push(2), second, diverging('t::known'))
    // A pull request's store, as openCacheStore makes it for a read-only run.
    const prStore = readOnly(store, 'pull request', () => {})
    const pr = await restoreAutoBaseline(prStore, pull(3), 'job')
    expect(pr.stored?.source.runId).toBe('2')
    expect(pr.stored?.history.tests).toEqual({ [`${G}\tt::known`]: 'DD', [`${G}\tt::flaky`]: 'DA' })
    expect(pr.baseline?.divergences).toEqual([
      { test: 't::known', group: G, class: 'freethreaded-only', modes: [] },
      { test: 't::flaky', group: G, knownFlaky: true },
    ])
    expect(originOf(pr).rates).toEqual({
      [`${G}\tt::known`]: { diverged: 2, runs: 2 },
      [`${G}\tt::flaky`]: { diverged: 1, runs: 2 },
    })
    expect(await saveAutoBaseline(prStore, pull(3), pr, diverging('t::new'))).toBe(false)
    expect((await restoreAutoBaseline(store, push(4), 'job')).stored?.source.runId).toBe('2')
  })

  test('another job, or another branch, reads none of them', async () => {
    expect((await restoreAutoBaseline(store, push(5), 'other-job')).stored).toBeUndefined()
    expect((await restoreAutoBaseline(store, { ...push(5), branch: 'main-2' }, 'job')).stored).toBeUndefined()
  })

  test('the folder keeps the 3 newest entries of a branch', async () => {
    for (let run = 10; run < 16; run++) {
      const auto = await restoreAutoBaseline(store, push(run), 'job')
      await saveAutoBaseline(store, push(run), auto, diverging('t::known'))
    }
    const entries = readdirSync(path.join(dir, 'cache')).filter((name) =>
      name.startsWith('setup-python-ft-baseline-job-main'),
    )
    expect(entries).toHaveLength(3)
    expect((await restoreAutoBaseline(store, push(16), 'job')).stored?.history.runs.slice(-3)).toEqual([
      '13',
      '14',
      '15',
    ])
  })
})

describe('baseline: auto, the harder cases', () => {
  const store = new DirectoryCache(path.join(dir, 'cache-2'), () => {})

  test('a re-run of a failed run is judged against what its first attempt was judged against, and replaces its letters', async () => {
    const first = await restoreAutoBaseline(store, push(20), 'rerun')
    await saveAutoBaseline(store, push(20), first, diverging('t::old'))
    // Run 21 brings a new divergence: its first attempt fails on it and saves its entry.
    const attempt1 = await restoreAutoBaseline(store, push(21), 'rerun')
    expect(attempt1.stored?.source.runId).toBe('20')
    await saveAutoBaseline(store, push(21), attempt1, diverging('t::old', 't::new'))
    // Attempt 2 of run 21 must not find t::new known from its own first attempt.
    const attempt2 = await restoreAutoBaseline(store, { ...push(21), attempt: '2' }, 'rerun')
    expect(attempt2.stored?.source.runId).toBe('20')
    expect(attempt2.baseline?.divergences.map((d) => d.test)).toEqual(['t::old'])
    expect(attempt2.stored?.history.runs).toEqual(['20'])
    await saveAutoBaseline(store, { ...push(21), attempt: '2' }, attempt2, diverging('t::old', 't::new'))
    const next = await restoreAutoBaseline(store, push(22), 'rerun')
    expect(next.stored?.history.runs).toEqual(['20', '21'])
    expect(next.stored?.history.tests[`${G}\tt::new`]).toBe('-D')
  })

  test("a branch's first push starts from the default branch's entry", async () => {
    const feature = await restoreAutoBaseline(store, { ...push(30), branch: 'feature', defaultBranch: 'main' }, 'rerun')
    expect(feature.stored?.source).toMatchObject({ branch: 'main', runId: '21' })
  })

  test('a run where a mode has no results is no baseline for the runs after it', () => {
    const missing = {
      ...diverging('t::x'),
      outcome: 'diverged',
      findings: [{ kind: 'missing-leg' }],
    } as unknown as Comparison
    expect(incomplete(missing)).toBe('not every mode has results (missing-leg)')
    expect(incomplete({ ...diverging(), outcome: 'not-run', findings: [] } as unknown as Comparison)).toBe(
      "the run's outcome is not-run",
    )
    expect(
      incomplete({ ...diverging('t::x'), outcome: 'diverged', findings: [] } as unknown as Comparison),
    ).toBeUndefined()
  })

  test('an entry that cannot be read is a miss with one warning, never a failure', async () => {
    const broken = {
      where: 'a broken store',
      restore: () => Promise.reject(new Error('disk gone')),
      save: () => Promise.resolve(false),
    }
    const warnings: string[] = []
    const auto = await restoreAutoBaseline(broken, push(40), 'x', {
      info: () => {},
      warn: (m) => void warnings.push(m),
    })
    expect(auto.stored).toBeUndefined()
    expect(warnings).toEqual(['baseline: auto: could not read the entry of main: disk gone'])
  })
})
