// baseline: auto and the pull request's comment through the bundle on the real interpreters, with
// the real @actions/cache against a stand-in of the Actions cache service (testbed/cache-service.mjs)
// and the real Octokit against a stand-in of the REST API (testbed/checks-api.mjs), both on
// 127.0.0.1, each run given the runner's variables and a real-shaped event payload: pushes to main
// save their baseline and history; a pull request is judged against main's newest entry, saves
// nothing (neither its baseline nor its dependency cache), and keeps one comment up to date; a
// fork's gets a 403 and one warning; pull_request_target saves nothing; an evicted entry is said.
import { afterAll, beforeAll, describe, expect, jest, test } from '@jest/globals'
import { mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
// @ts-expect-error plain ESM helper without types
import { startCacheService } from '../../testbed/cache-service.mjs'
// @ts-expect-error plain ESM helper without types
import { startChecksApi } from '../../testbed/checks-api.mjs'
// @ts-expect-error plain ESM helper without types
import { writeSdist } from '../../testbed/sdist.mjs'
import { type ActionRun, runAction } from './action.js'
import { readReport, useTestbed } from './testbed.js'

jest.setTimeout(900_000)

interface CacheService {
  entries: Map<string, { key: string; version: string; finalized: boolean }>
  calls: { method: string; body: { key?: string } }[]
  env: () => Record<string, string>
  close: () => Promise<void>
}

interface RestApi {
  url: string
  comments: { id: number; issue: number; body: string }[]
  requests: { method: string; path: string }[]
  faults: { denyComments: boolean }
  close: () => Promise<void>
}

const bed = useTestbed({ toolCache: true })
let service: CacheService
let api: RestApi
let workspace: string
let home: string

// Divergences on demand: test_known always fails without the GIL; test_new and test_flaky only
// while their marker file is in the tests folder.
const TESTS = `import os, pathlib, sys

FT = not getattr(sys, "_is_gil_enabled", lambda: True)()
HERE = pathlib.Path(__file__).parent


def test_known():
    assert not FT, "fails without the GIL"


def test_new():
    assert not (FT and (HERE / "NEW").exists())


def test_flaky():
    assert not (FT and (HERE / "FLAKY").exists())


def test_fine():
    pass


def test_no_runner_credentials_in_pull_requests():
    pull = os.environ.get("GITHUB_EVENT_NAME", "").startswith("pull_request")
    assert not (pull and "ACTIONS_RUNTIME_TOKEN" in os.environ)
    assert pull or "ACTIONS_RUNTIME_TOKEN" in os.environ
`

beforeAll(async () => {
  service = (await startCacheService()) as CacheService
  api = (await startChecksApi()) as RestApi
  workspace = mkdtempSync(path.join(tmpdir(), 'spft-baseline-auto-'))
  home = mkdtempSync(path.join(tmpdir(), 'spft-home-'))
  mkdirSync(path.join(workspace, 'tests'))
  writeFileSync(path.join(workspace, 'tests', 'test_baseline.py'), TESTS)
  // An sdist with a C extension (testbed/sdist.mjs): pip builds its wheel and keeps it in each build's cache.
  writeSdist(path.join(workspace, 'vendor'))
  writeFileSync(path.join(workspace, 'requirements.txt'), 'pytest==8.3.4\nftcounter\n')
})

afterAll(async () => {
  await service?.close()
  await api?.close()
  for (const dir of [workspace, home]) if (dir) rmSync(dir, { recursive: true, force: true })
})

type Event =
  { name: 'push'; run: number } | { name: 'pull_request' | 'pull_request_target'; run: number; fork?: boolean }

/** The runner's variables and payload of an event on main or a pull request into it. */
function eventEnv(event: Event): Record<string, string> {
  const payloadFile = path.join(home, `event-${event.run}.json`)
  const pull = event.name !== 'push'
  const payload = pull
    ? { pull_request: { number: 7, base: { ref: 'main' }, head: { repo: { fork: event.fork ?? false } } } }
    : { ref: 'refs/heads/main' }
  writeFileSync(payloadFile, JSON.stringify(payload))
  return {
    GITHUB_EVENT_NAME: event.name,
    GITHUB_EVENT_PATH: payloadFile,
    GITHUB_REF: event.name === 'pull_request' ? 'refs/pull/7/merge' : 'refs/heads/main',
    GITHUB_REF_NAME: event.name === 'pull_request' ? '7/merge' : 'main',
    ...(pull ? { GITHUB_BASE_REF: 'main', GITHUB_HEAD_REF: 'fix' } : {}),
    GITHUB_RUN_ID: String(event.run),
    GITHUB_RUN_ATTEMPT: '1',
    GITHUB_WORKFLOW: 'CI',
    GITHUB_JOB: 'free-threading',
    GITHUB_SHA: `${event.run}`.padEnd(40, 'a'),
    GITHUB_API_URL: api.url,
    GITHUB_SERVER_URL: 'https://github.com',
    GITHUB_REPOSITORY: 'octo/project',
  }
}

/** One run of the project with these marker files present. */
async function suite(event: Event, markers: string[], extra: Record<string, string> = {}): Promise<ActionRun> {
  for (const marker of ['NEW', 'FLAKY']) rmSync(path.join(workspace, 'tests', marker), { force: true })
  for (const marker of markers) writeFileSync(path.join(workspace, 'tests', marker), '')
  // A pull request that changes the pinned dependencies: its dependency cache misses, and would be saved.
  const pinned = event.name === 'push' ? '' : '# changed by the pull request\n'
  writeFileSync(path.join(workspace, 'requirements.txt'), `pytest==8.3.4\nftcounter\n${pinned}`)
  return runAction(
    {
      'python-version': bed.minor,
      ...bed.pbsInputs,
      modes: 'standard, freethreaded',
      install: 'pip install -q --disable-pip-version-check --find-links vendor -r requirements.txt',
      run: 'pytest -q -p no:cacheprovider tests',
      cache: 'pip',
      baseline: 'auto',
      comment: 'on-change',
      token: 'stand-in-token',
      ...extra,
    },
    { toolCache: bed.toolCache, workdir: workspace, env: { HOME: home, ...service.env(), ...eventEnv(event) } },
  )
}

const visible = (text: string) => text.replace(/\\([^\sA-Za-z0-9])/g, '$1')
const baselineEntries = () => [...service.entries.values()].filter((e) => e.key.startsWith('setup-python-ft-baseline-'))
const savesOf = (from: number) =>
  service.calls
    .slice(from)
    .filter((c) => c.method === 'CreateCacheEntry')
    .map((c) => c.body.key ?? '')
const statuses = (run: ActionRun) =>
  Object.fromEntries(
    readReport<{ groups: { tests: { id: string; divergence?: string; baseline?: string }[] }[] }>(run)
      .groups[0].tests.filter((t) => t.divergence)
      .map((t) => [t.id.replace(/^.*::/, ''), t.baseline]),
  )

describe('baseline: auto', () => {
  const runs: Record<string, ActionRun> = {}
  const saves: Record<string, string[]> = {}
  const bodies: Record<string, string[]> = {}
  let entriesBeforeEviction: string[] = []
  const edits: Record<string, number> = {}

  beforeAll(async () => {
    for (const [name, event, markers] of [
      ['first push', { name: 'push', run: 101 }, ['FLAKY']],
      ['second push', { name: 'push', run: 102 }, []],
      ['pull request', { name: 'pull_request', run: 201 }, ['NEW', 'FLAKY']],
      ['second push to the pull request', { name: 'pull_request', run: 203 }, []],
      ["a fork's pull request", { name: 'pull_request', run: 204, fork: true }, ['NEW']],
      ['pull_request_target', { name: 'pull_request_target', run: 301 }, ['NEW']],
    ] as [string, Event, string[]][]) {
      const before = service.calls.length
      const requestsBefore = api.requests.length
      api.faults.denyComments = name === "a fork's pull request"
      runs[name] = await suite(event, markers)
      saves[name] = savesOf(before)
      bodies[name] = api.comments.map((c) => c.body)
      edits[name] = api.requests
        .slice(requestsBefore)
        .filter((r) => r.method === 'PATCH' && r.path.includes('/issues/comments/')).length
    }
    api.faults.denyComments = false
    entriesBeforeEviction = baselineEntries().map((e) => e.key.replace(/^.*~-/, ''))
    // GitHub evicts entries unused for 7 days: main's are gone.
    for (const [id, entry] of service.entries)
      if (entry.key.startsWith('setup-python-ft-baseline-')) service.entries.delete(id)
    runs.evicted = await suite({ name: 'pull_request', run: 202 }, ['NEW'])
  })

  test('the first push finds no entry, says so, judges everything, and saves its baseline', () => {
    const run = runs['first push']
    expect(visible(run.summary)).toContain(
      'No baseline of main yet (its first run with `baseline: auto`, or its entry was evicted): every divergence counts.',
    )
    expect(run.code).toBe(1)
    expect(saves['first push'].filter((key) => key.startsWith('setup-python-ft-baseline-'))).toEqual([
      expect.stringMatching(/^setup-python-ft-baseline-[0-9a-f]{16}-main~-101\.1$/),
    ])
    // The dependency cache is saved by a branch's run as before.
    expect(saves['first push'].some((key) => key.startsWith('setup-python-ft-pip-'))).toBe(true)
  })

  test('the second push is judged against the first: its known divergence passes, the flaky one is fixed', () => {
    const run = runs['second push']
    expect(run.code).toBe(0)
    expect(visible(run.summary)).toMatch(
      /Compared with main @ <code>101aaaa<\/code>, run 101, just now: 0 new, 1 fixed, 1 still present\./,
    )
    expect(statuses(run)).toEqual({ test_known: 'known' })
    // One entry per run, none from the pull requests.
    expect(entriesBeforeEviction).toEqual(['101.1', '102.1'])
  })

  test("a pull request is judged against main's newest entry: fails on the new divergence only, and names the base", () => {
    const run = runs['pull request']
    expect(statuses(run)).toEqual({ test_known: 'known', test_flaky: 'known', test_new: 'new' })
    expect(run.code).toBe(1)
    expect(run.errors.some((e) => /1 new divergent test/.test(e))).toBe(true)
    const summary = visible(run.summary)
    expect(summary).toMatch(
      /Compared with main @ <code>102aaaa<\/code>, run 102, just now: 1 new, 0 fixed, 2 still present\./,
    )
    // test_flaky diverged in 1 of main's 2 runs: known flaky, not blamed.
    expect(summary).toContain(
      'Known flaky (50 %): <code>test_baseline.py::test_flaky</code>'.replace('test_baseline', 'tests/test_baseline'),
    )
    expect(summary).toContain('Read-only cache: pull request. Nothing is saved; restoring is allowed.')
  })

  test("a pull request's commands get none of the runner's cache credentials; a push's do", () => {
    for (const name of ['first push', 'pull request', 'pull_request_target']) {
      const tests = readReport<{ groups: { tests: { id: string; outcomes: Record<string, string> }[] }[] }>(runs[name])
        .groups[0].tests
      const test = tests.find((t) => t.id.endsWith('test_no_runner_credentials_in_pull_requests'))
      expect({ name, outcomes: test?.outcomes }).toEqual({
        name,
        outcomes: { standard: 'passed', freethreaded: 'passed' },
      })
    }
  })

  test('a pull request saves nothing: no baseline, no dependency cache; nor does pull_request_target', () => {
    expect(saves['pull request']).toEqual([])
    expect(saves.pull_request_target).toEqual([])
    expect(visible(runs.pull_request_target.summary)).toContain('Read-only cache: pull request (pull_request_target).')
    expect(runs['pull request'].stdout).toMatch(
      /cache: read-only \(pull request\): nothing is saved to the Actions cache/,
    )
  })

  test('one comment on the pull request: the verdict, the new divergence with its class and reproduce command, a link', () => {
    expect(bodies['first push']).toEqual([])
    const [body] = bodies['pull request']
    expect(bodies['pull request']).toHaveLength(1)
    expect(body).toMatch(
      /^<!-- setup-python-ft:[0-9a-f]{16} -->\n<!-- setup-python-ft-state:[0-9a-f]{16} -->\n### setup-python-ft: ❌ /,
    )
    expect(visible(body)).toMatch(
      /\| <code>tests\/test_baseline.py::test_new<\/code> \| Fails only on the free-threaded build \| <code>[^|]*python3\.13t[^|]*test_new[^|]*<\/code> \|/,
    )
    expect(visible(body)).toContain('Compared with main @ <code>102aaaa</code>, run 102')
    expect(body).toContain('[Every divergence, its trace and the modes](http://127.0.0.1/checks/')
    expect(body).not.toContain('test_known')
  })

  test('a second push edits the same comment, which now says the pull request is clean', () => {
    expect(bodies['second push to the pull request']).toHaveLength(1)
    const [body] = bodies['second push to the pull request']
    expect(body).toContain('No new divergence between the builds.')
    expect(body.split('\n')[0]).toBe(bodies['pull request'][0].split('\n')[0])
    expect(runs['second push to the pull request'].code).toBe(0)
    expect(edits['second push to the pull request']).toBe(1)
  })

  test("a fork's pull request: a 403 on the comment, one warning, and the same verdict", () => {
    const fork = runs["a fork's pull request"]
    const warnings = fork.warnings.filter((w) => w.includes('comment:'))
    expect(warnings).toEqual([
      expect.stringContaining(
        "comment: the token may not comment on pull request #7 (HTTP 403: Resource not accessible by integration); a fork's pull request gets a read-only token.",
      ),
    ])
    expect(fork.code).toBe(1)
    expect(statuses(fork)).toEqual({ test_known: 'known', test_new: 'new' })
    expect(bodies["a fork's pull request"]).toEqual(bodies['second push to the pull request'])
  })

  test('an evicted base entry: the "no base" line, and everything counts', () => {
    const run = runs.evicted
    expect(visible(run.summary)).toContain('No baseline of main yet')
    // Without a baseline nothing is known: both divergences count, as without baseline: auto.
    expect(Object.keys(statuses(run)).sort()).toEqual(['test_known', 'test_new'])
    expect(run.outputs['new-divergences']).toBe('2')
    expect(run.code).toBe(1)
  })
})

describe('baseline: auto in the compare sub-action of a matrix', () => {
  const compares: Record<string, ActionRun> = {}
  const saves: Record<string, string[]> = {}

  /** The two legs as their jobs run them (one mode each, results in a shared folder), then the compare job. */
  async function matrixRun(event: Event, markers: string[]): Promise<ActionRun> {
    for (const marker of ['NEW', 'FLAKY']) rmSync(path.join(workspace, 'tests', marker), { force: true })
    for (const marker of markers) writeFileSync(path.join(workspace, 'tests', marker), '')
    const shared = mkdtempSync(path.join(home, 'legs-'))
    const env = { HOME: home, ...service.env(), ...eventEnv(event) }
    for (const mode of ['standard', 'freethreaded']) {
      const leg = await runAction(
        {
          'python-version': bed.minor,
          builds: mode,
          modes: mode,
          ...bed.pbsInputs,
          install: 'pip install -q --disable-pip-version-check --find-links vendor -r requirements.txt',
          run: 'pytest -q -p no:cacheprovider tests',
          artifact: 'setup-python-ft',
          'artifact-dir': shared,
        },
        { toolCache: bed.toolCache, workdir: workspace, env },
      )
      expect(leg.errors).toEqual([])
    }
    return runAction(
      { 'artifact-dir': shared, baseline: 'auto' },
      { toolCache: bed.toolCache, entry: 'dist/compare/index.js', workdir: workspace, env },
    )
  }

  beforeAll(async () => {
    for (const [name, event, markers] of [
      ['push', { name: 'push', run: 401 }, []],
      ['pull request', { name: 'pull_request', run: 501 }, ['NEW']],
    ] as [string, Event, string[]][]) {
      const before = service.calls.length
      compares[name] = await matrixRun(event, markers)
      saves[name] = savesOf(before).filter((key) => key.startsWith('setup-python-ft-baseline-'))
    }
  })

  test("the branch's compare job saves its entry; the pull request's is judged by it and saves none", () => {
    expect(compares.push.code).toBe(1)
    expect(saves.push).toEqual([expect.stringMatching(/-main~-401\.1$/)])
    const pull = compares['pull request']
    expect(statuses(pull)).toEqual({ test_known: 'known', test_new: 'new' })
    expect(visible(pull.summary)).toMatch(
      /Compared with main @ <code>401aaaa<\/code>, run 401, just now: 1 new, 0 fixed, 1 still present\./,
    )
    expect(saves['pull request']).toEqual([])
    expect(pull.code).toBe(1)
  })
})

describe('baseline: auto in cache-dir (self-hosted)', () => {
  test("a branch's run keeps its entry in the folder; a pull request reads it and adds none", async () => {
    const cacheDir = mkdtempSync(path.join(home, 'cache-dir-'))
    const calls = service.calls.length
    const pushed = await suite({ name: 'push', run: 601 }, [], { 'cache-dir': cacheDir, comment: 'off' })
    const entries = () => readdirSync(cacheDir).filter((name) => name.startsWith('setup-python-ft-baseline-'))
    // The folder is new: no entry of main yet, so main's known divergence counts this once.
    expect(visible(pushed.summary)).toContain('No baseline of main yet')
    expect(entries()).toHaveLength(1)
    const pulled = await suite({ name: 'pull_request', run: 701 }, ['NEW'], { 'cache-dir': cacheDir, comment: 'off' })
    expect(visible(pulled.summary)).toMatch(
      /Compared with main @ <code>601aaaa<\/code>, run 601, just now: 1 new, 0 fixed, 1 still present\./,
    )
    expect(statuses(pulled)).toEqual({ test_known: 'known', test_new: 'new' })
    expect(entries()).toHaveLength(1)
    // Nothing went to the Actions cache service.
    expect(service.calls.slice(calls)).toEqual([])
  })
})
