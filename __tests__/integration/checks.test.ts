// The check run through the compare sub-action's bundle, with the real @actions/github client
// talking to a stand-in of the Checks API on 127.0.0.1 (testbed/checks-api.mjs).
import { afterAll, beforeAll, describe, expect, jest, test } from '@jest/globals'
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
// @ts-expect-error plain ESM helper without types
import { startChecksApi } from '../../testbed/checks-api.mjs'
import { type ActionRun, freshToolCache, removeMadeFolders, runAction } from './action.js'

jest.setTimeout(120_000)

interface Recorded {
  method: string
  path: string
  authorization?: string
  body?: {
    head_sha?: string
    conclusion?: string
    output: { title: string; summary: string; annotations: { path: string; annotation_level: string }[] }
  }
}
interface ChecksApi {
  url: string
  requests: Recorded[]
  close: () => Promise<void>
}

const TOKEN = 'ghs_standInToken0123456789'
const DIVERGENT = 120
let shared: string
let workspace: string

/** Two legs of one group: DIVERGENT tests fail only on the free-threaded build, each in a file. */
function writeLegs(): void {
  shared = mkdtempSync(path.join(tmpdir(), 'spft-checks-legs-'))
  for (const mode of ['standard', 'freethreaded']) {
    const tests = Array.from({ length: DIVERGENT + 5 }, (_, i) => ({
      id: `tests.test_m${i % 7}::test_${i}`,
      file: `tests/test_m${i % 7}.py`,
      line: i + 1,
      outcome: mode === 'freethreaded' && i < DIVERGENT ? 'failed' : 'passed',
      message: mode === 'freethreaded' && i < DIVERGENT ? `assert ${i} == ${i + 1}` : undefined,
    }))
    const dir = path.join(shared, `setup-python-ft-linux-x64-3.14-${mode}`)
    mkdirSync(dir, { recursive: true })
    writeFileSync(
      path.join(dir, 'leg.json'),
      JSON.stringify({
        schema: 'setup-python-ft/leg@1',
        group: 'Python 3.14 on linux-x64',
        mode,
        version: '3.14.7',
        abi: mode === 'standard' ? 'cp314' : 'cp314t',
        os: 'linux',
        arch: 'x64',
        command: 'pytest',
        status: {
          exitCode: mode === 'standard' ? 0 : 1,
          signal: null,
          timedOut: false,
          durationSeconds: 3,
          segments: 1,
        },
        gil: { pythonGil: mode === 'standard' ? null : '0', enabledBy: [], undeclared: [], extensions: [] },
        tests,
        reruns: {},
        warnings: [],
      }),
    )
  }
}

async function compareWith(api: ChecksApi, extra: Record<string, string> = {}): Promise<ActionRun> {
  const event = path.join(workspace, 'event.json')
  writeFileSync(event, JSON.stringify({ pull_request: { head: { sha: 'headsha1234' } } }))
  return runAction(
    { 'artifact-dir': shared, token: TOKEN, ...extra },
    {
      toolCache: freshToolCache(),
      entry: 'dist/compare/index.js',
      workdir: workspace,
      env: {
        GITHUB_API_URL: api.url,
        GITHUB_REPOSITORY: 'octo/project',
        GITHUB_SHA: 'mergesha5678',
        GITHUB_EVENT_PATH: event,
      },
    },
  )
}

beforeAll(() => {
  writeLegs()
  workspace = mkdtempSync(path.join(tmpdir(), 'spft-checks-ws-'))
})

afterAll(() => removeMadeFolders())

describe('the check run', () => {
  test('holds all 120 divergence annotations, 50 per request, on the pull request head', async () => {
    const api: ChecksApi = await startChecksApi()
    try {
      const run = await compareWith(api)
      expect(run.code).toBe(1)
      expect(api.requests.map((r) => `${r.method} ${r.path}`)).toEqual([
        'POST /repos/octo/project/check-runs',
        'PATCH /repos/octo/project/check-runs/1',
        'PATCH /repos/octo/project/check-runs/1',
      ])
      const sizes = api.requests.map((r) => r.body!.output.annotations.length)
      expect(sizes).toEqual([50, 50, 20])
      const first = api.requests[0].body!
      expect(first).toMatchObject({ head_sha: 'headsha1234', conclusion: 'failure' })
      expect(first.output.title.replace(/\\/g, '')).toBe(
        '❌ 120 tests break only with the GIL off (3.14.7t): 120 failures — all pass on standard',
      )
      expect(first.output.summary.length).toBeLessThanOrEqual(65_535)
      expect(first.output.annotations[0]).toMatchObject({ path: 'tests/test_m0.py', annotation_level: 'failure' })
      // The step itself keeps its 10 per level.
      expect(run.errors.filter((l) => l.includes('Fails only on the free-threaded build'))).toHaveLength(9)
      // The token went to the Checks API only, and never into the log.
      expect(api.requests.every((r) => r.authorization === `token ${TOKEN}`)).toBe(true)
      expect(run.stdout.replace(`::add-mask::${TOKEN}`, '')).not.toContain(TOKEN)
      expect(run.stdout).toContain('Check run with 120 annotations: http://127.0.0.1/checks/1')
    } finally {
      await api.close()
    }
  })

  test('a 403 falls back to the step annotations with one notice saying how to enable it', async () => {
    const api: ChecksApi = await startChecksApi([403])
    try {
      const run = await compareWith(api)
      expect(run.code).toBe(1)
      expect(api.requests).toHaveLength(1)
      const notices = run.stdout.split('\n').filter((l) => l.startsWith('::notice::check run'))
      expect(notices).toEqual([
        expect.stringContaining(
          'the token may not create check runs (HTTP 403: Resource not accessible by integration',
        ),
      ])
      expect(notices[0]).toContain('permissions: checks: write')
    } finally {
      await api.close()
    }
  })

  test('a 500 is retried, then falls back', async () => {
    const retried: ChecksApi = await startChecksApi([500, 502])
    try {
      const run = await compareWith(retried)
      expect(retried.requests.map((r) => r.method)).toEqual(['POST', 'POST', 'POST', 'PATCH', 'PATCH'])
      expect(run.stdout).not.toContain('::notice::check run')
    } finally {
      await retried.close()
    }
    const down: ChecksApi = await startChecksApi([500, 500, 500])
    try {
      const run = await compareWith(down)
      expect(down.requests).toHaveLength(3)
      expect(run.stdout).toContain('::notice::check run: the Checks API failed (HTTP 500')
      expect(run.code).toBe(1)
    } finally {
      await down.close()
    }
  })

  test('no token, no check run', async () => {
    const api: ChecksApi = await startChecksApi()
    try {
      await compareWith(api, { token: '' })
      expect(api.requests).toEqual([])
    } finally {
      await api.close()
    }
  })
})
