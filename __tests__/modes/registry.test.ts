import { afterAll, describe, expect, test } from '@jest/globals'
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import type { Installed } from '../../src/configure/exports.js'
import type { RunInputs } from '../../src/inputs/run-inputs.js'
import type { LegPlan } from '../../src/model/leg.js'
import { MODES, type Mode } from '../../src/model/mode.js'
import type { ModeJob } from '../../src/modes/mode-plugin.js'
import { plainMode } from '../../src/modes/plain-mode.js'
import { MODE_PLUGINS, startModes } from '../../src/modes/registry.js'
import { stressMode } from '../../src/modes/stress-mode.js'
import { tsanMode } from '../../src/modes/tsan-mode.js'
import { openCacheStore } from '../../src/cache/open-cache-store.js'

const scratch = mkdtempSync(path.join(tmpdir(), 'spft-modes-'))
afterAll(() => rmSync(scratch, { recursive: true, force: true }))

const installed = (build: Installed['build']): Installed => ({
  entry: '3.14',
  version: '3.14.7',
  build,
  abi: build === 'freethreaded' ? 'cp314t' : 'cp314',
  prefix: `/tc/${build}`,
  python: `/tc/${build}/bin/python3.14${build === 'freethreaded' ? 't' : ''}`,
  source: 'tool-cache',
  sharedLibpython: false,
})

function job(modes: Mode[], overrides: Partial<RunInputs> = {}): Omit<ModeJob, 'modes'> {
  const inputs = {
    modes,
    install: 'pip install .',
    env: {},
    stress: { threads: 8, iterations: 3 },
    tsan: { sourceMirror: 'http://127.0.0.1:9/none', sourceSha256: new Map(), suppressions: '' },
    event: { name: '', branch: '', runId: '0', attempt: '1', workflow: '', job: '', sha: '' },
    ...overrides,
  } as RunInputs
  const root = path.join(scratch, 'run')
  return {
    inputs,
    installed: [installed('standard')],
    platform: { os: 'linux', arch: 'x64' },
    toolCache: path.join(scratch, 'toolcache'),
    tempDir: scratch,
    root,
    store: () => openCacheStore(path.join(scratch, 'cache'), { warn: () => {}, info: () => {} }),
    problem: (message) => {
      throw new Error(`unexpected problem: ${message}`)
    },
  }
}

const plan = (mode: Mode, venvKey = 'cp314t'): LegPlan => ({
  id: `3.14.7-${mode}`,
  group: 'Python 3.14 on linux-x64',
  mode,
  build: 'freethreaded',
  version: '3.14.7',
  abi: 'cp314t',
  venvKey,
  python: '/tc/bin/python3.14t',
  pythonGil: undefined,
})

describe('the registry', () => {
  test('every mode has a plug-in: the plain modes, the stress modes, the TSan mode', () => {
    expect(Object.keys(MODE_PLUGINS).sort()).toEqual([...MODES].sort())
    expect(MODES.filter((m) => MODE_PLUGINS[m] === plainMode)).toEqual(['standard', 'freethreaded', 'freethreaded-gil'])
    expect(MODES.filter((m) => MODE_PLUGINS[m] === stressMode)).toEqual(['standard-stress', 'freethreaded-stress'])
    expect(MODES.filter((m) => MODE_PLUGINS[m] === tsanMode)).toEqual(['freethreaded-tsan'])
  })

  test('each plug-in is started once for its modes, and every mode gets its session', async () => {
    const modes: Mode[] = ['standard', 'freethreaded', 'standard-stress', 'freethreaded-stress']
    const sessions = await startModes(job(modes))
    expect([...sessions.keys()]).toEqual(modes)
    expect(sessions.get('standard')).toBe(sessions.get('freethreaded'))
    expect(sessions.get('standard-stress')).toBe(sessions.get('freethreaded-stress'))
    expect(sessions.get('standard')).not.toBe(sessions.get('standard-stress'))
  })
})

describe('the plain modes', () => {
  test('run on the installed build, in the venv of its ABI, and add nothing', async () => {
    const session = await plainMode.start({ ...job(['standard']), modes: ['standard'] })
    expect(session.interpreter('standard', installed('standard'))).toEqual({
      python: '/tc/standard/bin/python3.14',
      venvKey: 'cp314',
    })
    const env = { A: '1' }
    expect(session.environment(plan('freethreaded'), env)).toEqual({ A: '1' })
    expect(session.installExtras).toEqual([])
    const hooks = session.legHooks(plan('freethreaded'))
    expect(hooks.segment('/leg')).toEqual({ env: {}, addopts: [] })
    expect(session.outputs).toEqual({})
  })
})

describe('the stress modes', () => {
  test('bring pytest-run-parallel, pass its options to each segment, and record their settings', async () => {
    const session = await stressMode.start({ ...job(['freethreaded-stress']), modes: ['freethreaded-stress'] })
    expect(session.installExtras.map((extra) => `${extra.name} for ${extra.for}`)).toEqual([
      'pytest-run-parallel 0.10.0 for the stress modes',
    ])
    const hooks = session.legHooks(plan('freethreaded-stress'))
    expect(hooks.segment('/leg')).toEqual({
      env: {},
      addopts: ['--parallel-threads=8 --iterations=3 --ignore-gil-enabled'],
    })
    const run = {
      tests: new Map(),
      status: undefined!,
      extensions: [],
      gilEnabled: [],
      tsanWindows: [],
      junitFiles: [],
    }
    await expect(hooks.results('/leg', run, (f) => f)).resolves.toEqual({ stress: { threads: 8, iterations: 3 } })
    expect(session.interpreter('freethreaded-stress', installed('freethreaded'))?.venvKey).toBe('cp314t')
  })
})

describe('the TSan mode', () => {
  test('with no free-threaded build it has no interpreter, and its legs do not run', async () => {
    const session = await tsanMode.start({ ...job(['freethreaded-tsan']), modes: ['freethreaded-tsan'] })
    expect(session.interpreter('freethreaded-tsan', installed('freethreaded'))).toBeUndefined()
    expect(session.outputs).toEqual({ 'tsan-cache-hit': 'false' })
  })

  test('its install and run get instrumented flags, caches of their own and reports to files', async () => {
    const session = await tsanMode.start({ ...job(['freethreaded-tsan']), modes: ['freethreaded-tsan'] })
    const env = session.environment(plan('freethreaded-tsan', 'cp314t-tsan'), { CFLAGS: '-O2' })
    expect(env.CFLAGS).toContain('-fsanitize=thread')
    expect(env.PIP_CACHE_DIR).toBe(path.join(scratch, 'run', 'tsan', 'pip-cache'))
    expect(env.DIST_EXTRA_CONFIG).toBe(path.join(scratch, 'run', 'tsan', 'setuptools.cfg'))
    expect(env.TSAN_OPTIONS).toContain(`log_path=${path.join(scratch, 'run', 'tsan-install', 'cp314t-tsan')}`)
    const legDir = path.join(scratch, 'leg')
    const segment = session.legHooks(plan('freethreaded-tsan', 'cp314t-tsan')).segment(legDir)
    expect(segment.addopts).toEqual([])
    expect(segment.env.SETUP_PYTHON_FT_TSAN_LOG.startsWith(legDir)).toBe(true)
    expect(segment.env.TSAN_OPTIONS).toContain(`log_path=${segment.env.SETUP_PYTHON_FT_TSAN_LOG}`)
  })

  test('a dependency cache of its own replaces its private pip and uv caches', async () => {
    const inputs = { dependencyCache: { tool: 'pip', patterns: [], filesHash: '' } } as unknown as Partial<RunInputs>
    const session = await tsanMode.start({ ...job(['freethreaded-tsan'], inputs), modes: ['freethreaded-tsan'] })
    const env = session.environment(plan('freethreaded-tsan', 'cp314t-tsan'), { PIP_CACHE_DIR: '/cache/cp314t-tsan' })
    expect(env.PIP_CACHE_DIR).toBe('/cache/cp314t-tsan')
    expect(env.UV_CACHE_DIR).toBeUndefined()
  })
})
