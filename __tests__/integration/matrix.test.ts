// The matrix and compare sub-actions through their bundles, as a runner runs them: the matrix is
// planned against the test bed's sources, two legs run on the real interpreters and hand their
// results over a shared directory (the ArtifactStore stand-in for the Actions service), and the
// compare job reads them.
import { beforeAll, describe, expect, jest, test } from '@jest/globals'
import { execFileSync } from 'node:child_process'
import { cpSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { type ActionRun, freshToolCache, repoRoot, runAction } from './action.js'
import { readReport, useTestbed } from './testbed.js'

jest.setTimeout(600_000)

const bed = useTestbed()
const example = path.join(repoRoot, 'example')

function sources(): Record<string, string> {
  return {
    'manifest-url': `${bed.server.url}/versions-manifest.json`,
    'pbs-latest-release-url': `${bed.server.url}/pbs/latest-release.json`,
  }
}

function matrixAction(inputs: Record<string, string>): Promise<ActionRun> {
  return runAction({ ...sources(), ...inputs }, { toolCache: freshToolCache(), entry: 'dist/matrix/index.js' })
}

interface Entry {
  name: string
  os: string
  platform: string
  'python-version': string
  mode: string
  build: string
  'python-gil': string
  gil: string
  abi: string
  group: string
  artifact: string
}

describe('the matrix sub-action', () => {
  let run: ActionRun
  let entries: Entry[]

  beforeAll(async () => {
    run = await matrixAction({
      os: 'ubuntu-latest, macos-latest, windows-latest',
      'python-version': '3.13, 3.14, 3.15-dev',
      modes: 'standard, freethreaded, freethreaded-gil',
    })
    entries = (JSON.parse(run.outputs.matrix) as { include: Entry[] }).include
  })

  test('crosses OS, versions and modes into a strategy.matrix', () => {
    expect(run.code).toBe(0)
    expect(entries).toHaveLength(3 * 3 * 3)
    expect(run.outputs.legs).toBe('27')
    expect(new Set(entries.map((e) => e.name)).size).toBe(27)
    expect(entries.find((e) => e.name === '3.14 freethreaded · windows-latest')).toEqual({
      name: '3.14 freethreaded · windows-latest',
      os: 'windows-latest',
      platform: 'windows-x64',
      'python-version': '3.14',
      mode: 'freethreaded',
      build: 'freethreaded',
      'python-gil': '0',
      gil: 'force-off',
      'stress-threads': '',
      'stress-iterations': '',
      abi: 'cp314t',
      group: 'Python 3.14 on windows-x64',
      artifact: 'setup-python-ft-windows-x64-3.14-freethreaded',
    })
    expect(entries.find((e) => e.name === '3.15-dev freethreaded-gil · macos-latest')).toMatchObject({
      abi: 'cp315t',
      'python-gil': '1',
      group: 'Python 3.15 on macos-arm64',
    })
  })

  test('warns about 3.13t, and the cibuildwheel outputs', () => {
    expect(run.warnings).toContain(
      `::warning::python-version: 3.13 resolves to ${bed.version}; 3.13t was an experiment, is deprecated upstream and misses later free-threading safety fixes: test 3.14t or later`,
    )
    const build = JSON.parse(run.outputs['cibw-build']) as Record<string, string>
    expect(build['windows-latest']).toBe(
      'cp313-win_amd64 cp314-win_amd64 cp314t-win_amd64 cp315-win_amd64 cp315t-win_amd64',
    )
    expect(run.outputs['cibw-enable']).toBe('cpython-prerelease')
    const wheels = (JSON.parse(run.outputs['cibw-matrix']) as { include: Record<string, string>[] }).include
    expect(wheels).toHaveLength(build['ubuntu-latest'].split(' ').length + 5 + 5)
    for (const wheel of wheels) {
      expect(wheel['test-environment']).toBe(/^cp3\d+t-/.test(wheel.only) ? 'PYTHON_GIL=0' : '')
    }
  })

  test('the identifiers are what cibuildwheel 4 prints for each platform', () => {
    const cibuildwheel = execFileSync('bash', [path.join(repoRoot, 'testbed', 'cibuildwheel.sh')], {
      encoding: 'utf8',
    }).trim()
    const project = mkdtempSync(path.join(tmpdir(), 'spft-cibw-'))
    writeFileSync(
      path.join(project, 'pyproject.toml'),
      '[project]\nname = "ftdemo"\nversion = "1"\nrequires-python = ">=3.13"\n',
    )
    const build = JSON.parse(run.outputs['cibw-build']) as Record<string, string>
    for (const [label, platform, archs] of [
      ['ubuntu-latest', 'linux', 'x86_64'],
      ['macos-latest', 'macos', 'arm64'],
      ['windows-latest', 'windows', 'AMD64'],
    ]) {
      const printed = execFileSync(
        cibuildwheel,
        ['--print-build-identifiers', '--platform', platform, '--archs', archs],
        {
          cwd: project,
          encoding: 'utf8',
          env: { PATH: process.env.PATH, CIBW_BUILD: build[label], CIBW_ENABLE: run.outputs['cibw-enable'] },
        },
      )
      expect(printed.trim().split('\n').sort()).toEqual(build[label].split(' ').sort())
    }
  })

  test.each([
    [{ os: 'ubuntu-lastest' }, /^::error::os: 'ubuntu-lastest' is not a runner label this action knows; use one of /],
    [
      { 'python-version': '3.12' },
      /^::error::python-version: 3\.12 has no free-threaded build: free-threaded CPython begins at 3\.13$/,
    ],
    [
      { exclude: '[{"mode": "standard"}, {"mode": "freethreaded"}]' },
      /^::error::exclude: every one of the 2 combinations was excluded: the matrix would be empty$/,
    ],
    [{ include: '{"os": 1}' }, /^::error::include: must be a JSON list of objects/],
    [
      { modes: 'standard, turbo' },
      /^::error::modes: 'turbo' is not a mode; use standard, freethreaded, freethreaded-gil, standard-stress, freethreaded-stress, freethreaded-tsan$/,
    ],
  ])('%j: one error naming the input', async (inputs, error) => {
    const bad = await matrixAction(inputs)
    expect(bad.code).toBe(1)
    expect(bad.errors).toHaveLength(1)
    expect(bad.errors[0]).toMatch(error)
    expect(bad.outputs.matrix).toBeUndefined()
  })
})

describe('legs on the real interpreters, then the compare job', () => {
  let shared: string
  let matrix: string
  let legs: ActionRun[]
  let compare: ActionRun

  beforeAll(async () => {
    shared = mkdtempSync(path.join(tmpdir(), 'spft-shared-'))
    const planned = await matrixAction({ os: 'here=linux-x64', 'python-version': bed.minor })
    matrix = planned.outputs.matrix
    const toolCache = freshToolCache()
    const entries = (JSON.parse(matrix) as { include: Entry[] }).include
    expect(entries.map((e) => e.mode)).toEqual(['standard', 'freethreaded'])
    // Each leg as its job would run it: one build, one mode, results handed over.
    legs = await Promise.all(
      entries.map((entry) =>
        runAction(
          {
            'python-version': entry['python-version'],
            builds: entry.build,
            modes: entry.mode,
            gil: entry.gil,
            ...bed.pbsInputs,
            install: 'pip install -q --disable-pip-version-check .[test]',
            run: 'pytest -q -p no:cacheprovider',
            timeout: '20s',
            artifact: 'setup-python-ft',
            'artifact-dir': shared,
          },
          { toolCache, workdir: example },
        ),
      ),
    )
    compare = await runAction({ matrix, 'artifact-dir': shared }, { toolCache, entry: 'dist/compare/index.js' })
  })

  test('each leg passes on its own and hands over its results', () => {
    for (const leg of legs) {
      expect(leg.errors).toEqual([])
      expect(leg.code).toBe(0)
    }
    const standard = JSON.parse(
      readFileSync(path.join(shared, 'setup-python-ft-linux-x64-3.13-standard', 'leg.json'), 'utf8'),
    )
    expect(standard).toMatchObject({
      schema: 'setup-python-ft/leg@1',
      group: 'Python 3.13 on linux-x64',
      mode: 'standard',
    })
  })

  test('the compare job reports what the single-job run reports', () => {
    expect(compare.code).toBe(1)
    expect(compare.outputs.outcome).toBe('diverged')
    const titles = compare.errors.map((l) => /^::error title=([^,:]+)/.exec(l)?.[1]).filter(Boolean)
    expect(titles).toEqual(['Crashed', 'Hung', 'Fails only on the free-threaded build'])
    expect(compare.outputs.divergences).toBe('3')
    expect(compare.errors).toContainEqual(
      expect.stringMatching(
        /^::error title=Fails only on the free-threaded build,file=tests\/test_threads\.py,line=7::/,
      ),
    )
    expect(compare.summary).toContain('### Divergences (3)')
    const report = readReport(compare)
    expect(report.groups[0].group).toBe('Python 3.13 on linux-x64')
    expect(report.groups[0].tests).toHaveLength(11)
  })

  test("the compare job's own baseline, fed back, makes it pass: known divergences folded", async () => {
    const workspace = mkdtempSync(path.join(tmpdir(), 'spft-workspace-'))
    cpSync(compare.outputs['baseline-path'], path.join(workspace, 'baseline.json'))
    const known = await runAction(
      { matrix, 'artifact-dir': shared, baseline: 'baseline.json' },
      { toolCache: freshToolCache(), entry: 'dist/compare/index.js', workdir: workspace },
    )
    expect(known.code).toBe(0)
    expect(known.outputs).toMatchObject({ divergences: '3', 'new-divergences': '0' })
    expect(known.errors).toEqual([])
    expect(known.summary).toContain('<details><summary>Known divergences, in the baseline (3)</summary>')
  })

  test('a planned leg without results is missing, not passing', async () => {
    const withGil = await matrixAction({
      os: 'here=linux-x64',
      'python-version': bed.minor,
      modes: 'standard, freethreaded, freethreaded-gil',
    })
    const run = await runAction(
      { matrix: withGil.outputs.matrix, 'artifact-dir': shared, 'fail-on': 'never' },
      { toolCache: freshToolCache(), entry: 'dist/compare/index.js' },
    )
    expect(run.errors).toContain(
      '::error title=setup-python-ft::No results from freethreaded-gil: the leg never ran or uploaded nothing',
    )
    expect(run.summary).toContain('❌ No results from freethreaded\\-gil')
  })

  test('malformed leg results, and two legs claiming one mode: one error naming artifact', async () => {
    const broken = mkdtempSync(path.join(tmpdir(), 'spft-broken-'))
    cpSync(shared, broken, { recursive: true })
    mkdirSync(path.join(broken, 'setup-python-ft-zz'))
    writeFileSync(
      path.join(broken, 'setup-python-ft-zz', 'leg.json'),
      '{"schema": "setup-python-ft/leg@1", "group": 1}',
    )
    const malformed = await runAction(
      { 'artifact-dir': broken },
      { toolCache: freshToolCache(), entry: 'dist/compare/index.js' },
    )
    expect(malformed.errors).toEqual([
      '::error::artifact: setup-python-ft-zz: leg.json is malformed: group must be a non-empty string',
    ])

    const twice = mkdtempSync(path.join(tmpdir(), 'spft-twice-'))
    cpSync(shared, twice, { recursive: true })
    cpSync(path.join(shared, 'setup-python-ft-linux-x64-3.13-standard'), path.join(twice, 'setup-python-ft-copy'), {
      recursive: true,
    })
    const duplicate = await runAction(
      { 'artifact-dir': twice },
      { toolCache: freshToolCache(), entry: 'dist/compare/index.js' },
    )
    expect(duplicate.errors).toEqual([
      '::error::artifact: two legs claim mode standard of Python 3.13 on linux-x64: each leg must run one mode',
    ])
  })
})
