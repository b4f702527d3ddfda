// The dependency cache through the bundle on the real interpreters: each build's pip cache is kept
// by the real @actions/cache against a stand-in of the cache service on 127.0.0.1
// (testbed/cache-service.mjs), and by the directory store of `cache-dir`. The project pulls a
// pure-Python package (pytest), an sdist with a C extension (built from source on both builds) and
// builds the example's own extensions.
import { afterAll, beforeAll, describe, expect, jest, test } from '@jest/globals'
import { cpSync, existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
// @ts-expect-error plain ESM helper without types
import { writeSdist } from '../../testbed/sdist.mjs'
// @ts-expect-error plain ESM helper without types
import { startCacheService } from '../../testbed/cache-service.mjs'
import { type ActionRun, freshToolCache, repoRoot, runAction } from './action.js'
import { readReport, useTestbed } from './testbed.js'

jest.setTimeout(900_000)

interface CacheService {
  url: string
  entries: Map<string, { key: string; version: string; finalized: boolean }>
  calls: { method: string; body: { key?: string } }[]
  faults: { refuseSave?: boolean; refuseRestore?: boolean; corrupt?: boolean }
  env: () => Record<string, string>
  close: () => Promise<void>
}

interface Dependency {
  name: string
  wheel: string
  built?: string
  buildSeconds?: number
}
interface Mode {
  mode: string
  abi: string
  dependencies?: Dependency[]
  install?: { seconds: number; built: { name: string }[]; reused: string[]; cache?: { key: string; hit: boolean } }
}

const bed = useTestbed({ toolCache: true })
let workspace: string
/** HOME of every run: the caches' folders are under it, at the same path each run, as on a runner. */
let home: string
const made: string[] = []

const folder = (prefix: string) => {
  const dir = mkdtempSync(path.join(tmpdir(), prefix))
  made.push(dir)
  return dir
}

beforeAll(async () => {
  home = folder('spft-home-')
  workspace = folder('spft-cache-project-')
  cpSync(path.join(repoRoot, 'example'), workspace, {
    recursive: true,
    filter: (file) => !/(^|\/)(build|__pycache__|[^/]+\.egg-info)$/.test(file),
  })
  writeSdist(path.join(workspace, 'vendor'))
  writeFileSync(path.join(workspace, 'requirements.txt'), 'ftcounter\npytest\n')
})

afterAll(() => {
  for (const dir of made) rmSync(dir, { recursive: true, force: true })
})

/** The example's suite on both builds, with the dependency cache; HOME starts empty each time. */
function suite(inputs: Record<string, string>, env: Record<string, string> = {}): Promise<ActionRun> {
  rmSync(path.join(home, '.cache'), { recursive: true, force: true })
  return runAction(
    {
      'python-version': bed.minor,
      ...bed.pbsInputs,
      modes: 'standard, freethreaded',
      install: 'pip install --disable-pip-version-check --find-links vendor -r requirements.txt .',
      run: 'pytest -q -p no:cacheprovider tests/test_everywhere.py',
      'fail-on': 'never',
      cache: 'pip',
      ...inputs,
    },
    { toolCache: bed.toolCache, workdir: workspace, env: { HOME: home, ...env } },
  )
}

function modes(run: ActionRun): Mode[] {
  const report = readReport<{ groups: { modes: Mode[] }[] }>(run)
  return report.groups[0].modes
}

const dep = (mode: Mode, name: string) => mode.dependencies?.find((d) => d.name === name)

/** What every run reports of the three kinds of dependency, on both builds. */
function expectReadiness(run: ActionRun, ftcounterBuilt: 'this-run' | 'earlier-run') {
  const found = modes(run)
  expect(found.map((m) => m.abi).sort()).toEqual(['cp313', 'cp313t'])
  for (const mode of found) {
    expect(dep(mode, 'pytest')).toMatchObject({ wheel: 'pure' })
    expect(dep(mode, 'ftcounter')).toMatchObject({ wheel: 'built-here', built: ftcounterBuilt })
    // The project itself is built from its folder every time: pip caches no wheel of a local path.
    expect(dep(mode, 'ftdemo')).toMatchObject({ wheel: 'built-here', built: 'this-run' })
  }
}

const installLog = (run: ActionRun, abi: string) =>
  readFileSync(path.join(run.outputs['results-dir'], '..', `install-${abi}.log`), 'utf8')

describe('cache-dir: the directory store', () => {
  let cacheDir: string
  let cold: ActionRun
  let warm: ActionRun

  beforeAll(async () => {
    cacheDir = folder('spft-cache-dir-')
    cold = await suite({ 'cache-dir': cacheDir })
    warm = await suite({ 'cache-dir': cacheDir })
  })

  test('the first run builds ftcounter from source on both builds and saves one cache per ABI', () => {
    expect(cold.errors).toEqual([])
    expect(cold.outputs).toMatchObject({
      'cache-hit': 'false',
      'cache-hit-standard': 'false',
      'cache-hit-freethreaded': 'false',
    })
    expectReadiness(cold, 'this-run')
    for (const mode of modes(cold)) {
      expect(mode.install?.built.map((b) => b.name).sort()).toEqual(['ftcounter', 'ftdemo'])
      expect(dep(mode, 'ftcounter')?.buildSeconds).toBeGreaterThan(0)
    }
    const entries = readdirSync(cacheDir)
    expect(entries).toHaveLength(2)
    const keys = entries.map((e) => JSON.parse(readFileSync(path.join(cacheDir, e, 'manifest.json'), 'utf8')).key)
    expect(keys.find((k: string) => k.includes('-cp313-'))).toMatch(
      /^setup-python-ft-pip-linux-x64-cp313-3\.13\.\d+-[0-9a-f]{64}$/,
    )
    expect(keys.find((k: string) => k.includes('-cp313t-'))).toMatch(
      /^setup-python-ft-pip-linux-x64-cp313t-3\.13\.\d+-[0-9a-f]{64}$/,
    )
    expect(cold.stdout).toMatch(/Dependency cache of cp313t: no entry for setup-python-ft-pip-linux-x64-cp313t-/)
    expect(cold.summary).toMatch(/built from source: ftcounter \(\d+\.\d s\)/)
  })

  test('the second run restores both caches, and pip builds nothing from the index from source', () => {
    expect(warm.errors).toEqual([])
    expect(warm.outputs).toMatchObject({
      'cache-hit': 'true',
      'cache-hit-standard': 'true',
      'cache-hit-freethreaded': 'true',
    })
    expectReadiness(warm, 'earlier-run')
    for (const abi of ['cp313', 'cp313t']) {
      expect(installLog(warm, abi)).not.toMatch(/Building wheel for ftcounter/)
      expect(installLog(warm, abi)).toMatch(/Using cached ftcounter-1\.0-cp313-cp313t?-linux_x86_64\.whl/)
    }
    expect(warm.summary).toContain('ftcounter (wheel from the cache)')
    expect(warm.stdout).toMatch(/Dependency cache of cp313t: restored setup-python-ft-pip-linux-x64-cp313t-/)
    expect(warm.stdout).toMatch(/Dependency cache of cp313t: the cache was restored from .*; nothing to save/)
    expect(readdirSync(cacheDir)).toHaveLength(2)
  })
})

describe('cache-dir over time', () => {
  test('as the dependency files change, each build keeps the 3 newest entries of its key', async () => {
    const cacheDir = folder('spft-cache-dir-')
    const requirements = path.join(workspace, 'requirements.txt')
    const original = readFileSync(requirements, 'utf8')
    try {
      for (let change = 1; change <= 4; change++) {
        // A new lock file each time: a new key, restored from the newest entry of the same build.
        writeFileSync(requirements, `${original}# change ${change}\n`)
        const run = await suite({ 'cache-dir': cacheDir })
        expect(run.errors).toEqual([])
      }
    } finally {
      writeFileSync(requirements, original)
    }
    const keys = readdirSync(cacheDir).map(
      (e) => JSON.parse(readFileSync(path.join(cacheDir, e, 'manifest.json'), 'utf8')).key as string,
    )
    expect(keys.filter((k) => k.includes('-cp313-'))).toHaveLength(3)
    expect(keys.filter((k) => k.includes('-cp313t-'))).toHaveLength(3)
    expect(readdirSync(cacheDir).filter((name) => name.startsWith('.'))).toEqual([])
  })
})

describe('the Actions cache service, through @actions/cache', () => {
  let service: CacheService
  let cold: ActionRun
  let warm: ActionRun

  beforeAll(async () => {
    service = (await startCacheService()) as CacheService
    cold = await suite({}, service.env())
    warm = await suite({}, service.env())
  })
  afterAll(() => service.close())

  test('saves a cache per build under keys that differ by ABI, then restores both', () => {
    expect(cold.errors).toEqual([])
    expect(cold.outputs['cache-hit']).toBe('false')
    const saved = [...service.entries.values()].filter((e) => e.finalized).map((e) => e.key)
    expect(saved.sort()).toEqual([
      expect.stringMatching(/^setup-python-ft-pip-linux-x64-cp313-/),
      expect.stringMatching(/^setup-python-ft-pip-linux-x64-cp313t-/),
    ])
    expect(warm.errors).toEqual([])
    expect(warm.warnings).toEqual([])
    expect(warm.outputs).toMatchObject({ 'cache-hit': 'true', 'cache-hit-freethreaded': 'true' })
    expectReadiness(warm, 'earlier-run')
    // Nothing new to save: one reservation per build, both in the first run.
    expect(service.calls.filter((c) => c.method === 'CreateCacheEntry')).toHaveLength(2)
  })

  test('a refused save, a refused restore and a corrupt archive are warnings; the run goes on', async () => {
    const refusing = (await startCacheService({ refuseSave: true })) as CacheService
    try {
      const run = await suite({ modes: 'freethreaded' }, refusing.env())
      expect(run.errors).toEqual([])
      expect(run.warnings.join('\n')).toMatch(/::warning::cache: setup-python-ft-pip-linux-x64-cp313t-.* was not saved/)
      expect(modes(run)[0].install?.built.map((b) => b.name)).toContain('ftcounter')
    } finally {
      await refusing.close()
    }
    service.faults.refuseRestore = true
    const refused = await suite({ modes: 'freethreaded' }, service.env())
    expect(refused.errors).toEqual([])
    expect(refused.warnings.join('\n')).toMatch(/Failed to restore/)
    expect(refused.outputs['cache-hit']).toBe('false')
    service.faults.refuseRestore = false
    service.faults.corrupt = true
    const corrupt = await suite({ modes: 'freethreaded' }, service.env())
    expect(corrupt.errors).toEqual([])
    expect(corrupt.warnings.join('\n')).toMatch(/Failed to restore/)
    expect(corrupt.outputs['cache-hit-freethreaded']).toBe('false')
    // Built again from source, and the run's results are whole.
    expect(dep(modes(corrupt)[0], 'ftcounter')).toMatchObject({ built: 'this-run' })
    expect(modes(corrupt)[0].install?.cache).toMatchObject({ hit: false })
  })
})

describe('bad inputs: one error naming the input, before anything is downloaded', () => {
  test.each([
    [
      { cache: 'poetry' },
      "::error::cache: 'poetry' is not valid; use pip or uv, or leave it empty for no dependency cache",
    ],
    [
      { 'cache-dependency-path': 'locks/*.lock' },
      '::error::cache-dependency-path: no file of the workspace matches locks/*.lock',
    ],
    [
      { cache: '', 'cache-dependency-path': 'requirements.txt' },
      '::error::cache-dependency-path: keys the dependency cache, which is off',
    ],
    [
      { run: '' },
      "::error::cache: keeps the pip or uv cache of each build's install and run commands, so it needs run",
    ],
  ])('%o', async (inputs, message) => {
    const before = bed.server.requests.length
    rmSync(path.join(home, '.cache'), { recursive: true, force: true })
    const run = await runAction(
      { 'python-version': bed.minor, ...bed.pbsInputs, run: 'pytest', cache: 'pip', ...inputs },
      { toolCache: freshToolCache(), workdir: workspace, env: { HOME: home } },
    )
    expect(run.code).toBe(1)
    expect(run.errors).toHaveLength(1)
    expect(run.errors[0]).toContain(message)
    expect(bed.server.requests.length).toBe(before)
    expect(existsSync(path.join(home, '.cache', 'setup-python-ft'))).toBe(false)
  })
})
