// baseline: auto at scale (src/pipeline/auto-baseline.ts, compiled to build/ by compileSources): a
// 100,000-test project whose branch history holds 1,000 flaky tests over 50 runs, restored from a
// cache-dir store, made the run's baseline (with the known flaky), saved again with this run's 1,000
// divergences in it, and the pull request's comment found and edited through the real Octokit
// against the REST stand-in on 127.0.0.1 (testbed/checks-api.mjs). Goal: at most 1 s and 50 MiB
// added to the step. Median of `runs`; the memory is the peak RSS over the measured part, less the
// RSS before it.
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { repoRoot } from '../testbed/run-action.mjs'
import { startChecksApi } from '../testbed/checks-api.mjs'

export async function benchBaseline(runs = 5) {
  const load = (file) => import(path.join(repoRoot, 'build', 'src', file))
  const { DirectoryCache } = await load('cache/directory-cache.js')
  const { restoreAutoBaseline, saveAutoBaseline } = await load('pipeline/auto-baseline.js')
  const { recordRun, historyKey, STORED_SCHEMA } = await load('baseline/stored.js')
  const { publishComment } = await load('checks/pull-request-comment.js')
  const api = await startChecksApi()
  const saved = { url: process.env.GITHUB_API_URL, repository: process.env.GITHUB_REPOSITORY }
  process.env.GITHUB_API_URL = api.url
  process.env.GITHUB_REPOSITORY = 'octo/project'
  const dir = mkdtempSync(path.join(tmpdir(), 'spft-bench-baseline-'))
  const home = process.env.HOME
  process.env.HOME = dir
  try {
    const group = 'Python 3.14 on linux-x64'
    const flaky = Array.from({ length: 1000 }, (_, i) => `tests/test_module_${i % 100}.py::TestClass::test_case_${i}`)
    const identity = 'bench-job'
    const store = new DirectoryCache(path.join(dir, 'cache'), () => {})
    // The branch's entry: 50 runs in which each flaky test diverged about one time in five.
    let history
    for (let run = 0; run < 50; run++)
      history = recordRun(
        history,
        String(run),
        new Map(flaky.filter((_, i) => (i + run) % 5 === 0).map((t) => [historyKey(group, t), 'F'])),
      )
    const event = {
      name: 'push',
      branch: 'main',
      runId: '100',
      attempt: '1',
      workflow: 'CI',
      job: 'ft',
      sha: 'a'.repeat(40),
    }
    const seed = await restoreAutoBaseline(store, event, identity)
    const divergences = flaky.map((id) => ({
      id,
      kind: 'freethreaded-only',
      outcomes: { standard: 'passed', freethreaded: 'failed' },
    }))
    const modes = ['standard', 'freethreaded'].map((mode) => ({
      mode,
      version: mode === 'standard' ? '3.14.7' : '3.14.7t',
      total: 100_000,
      status: { durationSeconds: 60 },
    }))
    const comparison = { groups: [{ group, divergences, findings: [], modes, compared: true }], divergences: 1000 }
    await saveAutoBaseline(store, event, { ...seed, stored: { schema: STORED_SCHEMA, history } }, comparison)
    const times = []
    let peak = 0
    for (let i = 0; i < runs; i++) {
      const before = process.memoryUsage().rss
      const start = process.hrtime.bigint()
      const auto = await restoreAutoBaseline(store, { ...event, runId: String(101 + i) }, identity)
      if (auto.baseline?.divergences.length !== 1000) throw new Error('the entry was not restored')
      await saveAutoBaseline(store, { ...event, runId: String(101 + i) }, auto, comparison)
      await publishComment(
        { ...comparison, outcome: 'diverged', findings: [], failures: 1000, matrixLeg: false },
        {
          token: 'bench',
          policy: 'always',
          event: { ...event, name: 'pull_request', pullRequest: { number: 1, fork: false } },
          identity: 'bench',
          summary: { step: { failure: 'diverged' }, workspace: dir },
        },
      )
      times.push(Number(process.hrtime.bigint() - start) / 1e6)
      peak = Math.max(peak, (process.memoryUsage().rss - before) / 2 ** 20)
    }
    const median = [...times].sort((a, b) => a - b)[Math.floor(times.length / 2)]
    if (api.comments.length !== 1)
      throw new Error(`${api.comments.length} comments: the comment was not edited in place`)
    return { ms: median, rssMiB: Math.max(0, peak), goal: { ms: 1000, rssMiB: 50 } }
  } finally {
    await api.close()
    for (const [name, value] of [
      ['GITHUB_API_URL', saved.url],
      ['GITHUB_REPOSITORY', saved.repository],
    ])
      if (value === undefined) delete process.env[name]
      else process.env[name] = value
    process.env.HOME = home
    rmSync(dir, { recursive: true, force: true })
  }
}
