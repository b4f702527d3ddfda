// A matrix workflow exchanging legs through the Actions artifact service, as on GitHub: the real
// @actions/artifact in the bundles talks to a stand-in of the service on 127.0.0.1
// (testbed/artifact-service.mjs), each job with a runtime token of its own. The legs upload, the
// compare job lists and downloads; a re-run of failed jobs, a leg that never uploaded, an upload that
// fails once, and another workflow run's artifact are the cases users meet.
import { afterAll, beforeAll, describe, expect, jest, test } from '@jest/globals'
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { type ActionRun, freshToolCache, runAction } from './action.js'
import { readReport, useTestbed } from './testbed.js'
// @ts-expect-error plain ESM helper without types
import { startArtifactService } from '../../testbed/artifact-service.mjs'

jest.setTimeout(600_000)

interface ArtifactService {
  url: string
  artifacts: { run: string; name: string; finalized: boolean }[]
  calls: { method: string; run: string; job: string; body: { name?: string } }[]
  faults: { failOnce?: string }
  env: (run: string, job: string, attempt?: number) => Record<string, string>
  close: () => Promise<void>
}

const bed = useTestbed()
let service: ArtifactService
let toolCache: string
let project: string

/** Two tests: one passes everywhere, one fails on the free-threaded build only. */
function makeProject(): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'spft-artifacts-'))
  mkdirSync(path.join(dir, 'tests'))
  writeFileSync(
    path.join(dir, 'tests', 'test_builds.py'),
    [
      'import sysconfig',
      '',
      'def test_same():',
      '    assert True',
      '',
      'def test_freethreaded_only():',
      '    assert not sysconfig.get_config_var("Py_GIL_DISABLED")',
      '',
    ].join('\n'),
  )
  return dir
}

function sources(): Record<string, string> {
  return {
    'manifest-url': `${bed.server.url}/versions-manifest.json`,
    'pbs-latest-release-url': `${bed.server.url}/pbs/latest-release.json`,
  }
}

async function plan(modes: string): Promise<{ matrix: string; entries: Record<string, string>[] }> {
  const run = await runAction(
    { ...sources(), os: 'here=linux-x64', 'python-version': bed.minor, modes },
    { toolCache: freshToolCache(), entry: 'dist/matrix/index.js' },
  )
  return { matrix: run.outputs.matrix, entries: JSON.parse(run.outputs.matrix).include }
}

/** One leg job of the workflow run `run`, uploading through the service. */
function leg(entry: Record<string, string>, run: string, job: string, attempt = 1): Promise<ActionRun> {
  return runAction(
    {
      'python-version': entry['python-version'],
      builds: entry.build,
      modes: entry.mode,
      gil: entry.gil,
      ...bed.pbsInputs,
      install: 'pip install -q --disable-pip-version-check pytest',
      run: 'pytest -q -p no:cacheprovider',
      artifact: 'setup-python-ft',
    },
    { toolCache, workdir: project, env: service.env(run, job, attempt) },
  )
}

function compareJob(matrix: string, run: string, job: string): Promise<ActionRun> {
  return runAction(
    { matrix, 'fail-on': 'never' },
    { toolCache, entry: 'dist/compare/index.js', env: service.env(run, job) },
  )
}

const modesOf = (run: ActionRun) =>
  readReport<{ groups: { modes: { mode: string }[] }[] }>(run).groups[0].modes.map((m) => m.mode)

beforeAll(async () => {
  service = (await startArtifactService()) as ArtifactService
  toolCache = freshToolCache()
  project = makeProject()
})
afterAll(async () => {
  await service?.close()
})

describe('legs and the compare job through the Actions artifact service', () => {
  let matrix: string
  let entries: Record<string, string>[]

  beforeAll(async () => {
    ;({ matrix, entries } = await plan('standard, freethreaded'))
    // The free-threaded leg's upload meets a 500 once: the client tries again.
    service.faults.failOnce = 'FinalizeArtifact'
    const legs = await Promise.all(entries.map((entry) => leg(entry, 'run-1', `leg-${entry.mode}`)))
    service.faults.failOnce = undefined
    for (const run of legs) expect(run.errors).toEqual([])
  })

  test('each leg uploads its results; one upload that failed once was tried again and made it', () => {
    expect(
      service.artifacts
        .filter((a) => a.run === 'run-1' && a.finalized)
        .map((a) => a.name)
        .sort(),
    ).toEqual([
      `setup-python-ft-linux-x64-${bed.minor}-freethreaded`,
      `setup-python-ft-linux-x64-${bed.minor}-standard`,
    ])
    expect(service.calls.filter((c) => c.method === 'FinalizeArtifact')).toHaveLength(3)
  })

  test('the compare job downloads them and compares: the divergence is found', async () => {
    const run = await compareJob(matrix, 'run-1', 'compare')
    expect(run.errors).toEqual([
      expect.stringMatching(/^::error title=Fails only on the free-threaded build,file=tests\/test_builds\.py/),
    ])
    expect(modesOf(run)).toEqual(['standard', 'freethreaded'])
    expect(run.outputs.divergences).toBe('1')
  })

  test('a re-run of failed jobs replaces the leg’s artifact from attempt 1; the compare job reads the new one', async () => {
    const freethreaded = entries.find((e) => e.mode === 'freethreaded')!
    const again = await leg(freethreaded, 'run-1', 'leg-freethreaded-attempt-2', 2)
    expect(again.errors).toEqual([])
    expect(again.stdout).toContain(
      `Uploaded freethreaded as setup-python-ft-linux-x64-${bed.minor}-freethreaded, replacing the artifact an earlier attempt of this job left`,
    )
    expect(service.artifacts.filter((a) => a.run === 'run-1' && a.finalized)).toHaveLength(2)
    const run = await compareJob(matrix, 'run-1', 'compare-attempt-2')
    expect(modesOf(run)).toEqual(['standard', 'freethreaded'])
  })

  test("a leg that never uploaded is named, the rest compared; another run's artifact of that name is not taken", async () => {
    const withGil = await plan('standard, freethreaded, freethreaded-gil')
    // Another workflow run's freethreaded-gil leg, under the very name this run's compare job wants.
    const other = withGil.entries.find((e) => e.mode === 'freethreaded-gil')!
    expect((await leg(other, 'run-2', 'leg-freethreaded-gil')).errors).toEqual([])
    const run = await compareJob(withGil.matrix, 'run-1', 'compare-with-gil')
    expect(run.errors).toContain(
      '::error title=setup-python-ft::No results from freethreaded-gil: the leg never ran or uploaded nothing',
    )
    expect(modesOf(run)).toEqual(['standard', 'freethreaded'])
    expect(run.outputs.divergences).toBe('1')
  })
})
