// The example project's divergences must come from real mechanisms and stay reliable: this runs
// its suite on the test bed's real interpreters, in a virtual environment per build.
import { afterAll, beforeAll, describe, expect, jest, test } from '@jest/globals'
import { execFileSync, spawnSync } from 'node:child_process'
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { repoRoot } from './action.js'
import { openTestbed, type Testbed } from './testbed.js'

jest.setTimeout(300_000)

let bed: Testbed
const venvs: Record<string, string> = {}
const example = path.join(repoRoot, 'example')

beforeAll(async () => {
  bed = await openTestbed()
  await bed.server.close()
  const cache = path.dirname(bed.root)
  for (const [kind, exe] of [
    ['standard', `python${bed.minor}`],
    ['freethreaded', `python${bed.minor}t`],
  ]) {
    const venv = mkdtempSync(path.join(tmpdir(), `spft-example-${kind}-`))
    execFileSync(path.join(cache, kind, 'bin', exe), ['-m', 'venv', venv])
    execFileSync(
      path.join(venv, 'bin', 'python'),
      ['-m', 'pip', 'install', '-q', '--disable-pip-version-check', `${example}[test]`],
      {
        stdio: 'ignore',
      },
    )
    venvs[kind] = path.join(venv, 'bin', 'python')
  }
})

afterAll(() => {
  for (const python of Object.values(venvs))
    rmSync(path.dirname(path.dirname(python)), { recursive: true, force: true })
})

function pytest(kind: string, env: Record<string, string>, args: string[], timeout = 60_000) {
  const result = spawnSync(
    venvs[kind],
    ['-X', 'faulthandler', '-m', 'pytest', '-q', '-p', 'no:cacheprovider', ...args],
    {
      cwd: example,
      env: { PATH: '/usr/bin:/bin', ...env },
      timeout,
      killSignal: 'SIGKILL',
    },
  )
  return { ...result, out: `${result.stdout}${result.stderr}` }
}

describe('with the GIL', () => {
  test.each([
    ['standard', {}],
    ['freethreaded', { PYTHON_GIL: '1' }],
  ] as const)('%s %j: only the common failure', (kind, env) => {
    const run = pytest(kind, env, ['tests'])
    expect(run.out).toMatch(/1 failed, 10 passed/)
    expect(run.out).toMatch(/FAILED tests\/test_everywhere\.py::test_common_failure/)
  })
})

describe('free-threaded with PYTHON_GIL=0', () => {
  test('the race loses updates', () => {
    const run = pytest('freethreaded', { PYTHON_GIL: '0' }, ['tests/test_threads.py::test_counter_race'])
    expect(run.out).toMatch(/FAILED tests\/test_threads\.py::test_counter_race - assert \d+ == \(4 \* 20000\)/)
  })

  test('the lock-ordering test hangs', () => {
    const run = pytest('freethreaded', { PYTHON_GIL: '0' }, ['tests/test_threads.py::test_lock_ordering'], 15_000)
    expect(run.signal).toBe('SIGKILL')
  })

  test('the unlocked C stack crashes the interpreter', () => {
    const run = pytest('freethreaded', { PYTHON_GIL: '0' }, ['tests/test_extension.py'])
    expect(['SIGSEGV', 'SIGABRT']).toContain(run.signal ?? `exit ${run.status}`)
    // faulthandler's report; when two threads fault at once its text can be cut short.
    expect(run.out).toMatch(/Fatal Python error:/)
  })
})

test('the undeclared extension turns the GIL back on; the declared one does not', () => {
  const code =
    'import sys; from ftdemo import _declared; a = sys._is_gil_enabled(); from ftdemo import _undeclared; print(a, sys._is_gil_enabled())'
  const run = spawnSync(venvs.freethreaded, ['-c', code], { env: { PATH: '/usr/bin:/bin' } })
  expect(run.stdout.toString().trim()).toBe('False True')
  expect(run.stderr.toString()).toContain(
    "RuntimeWarning: The global interpreter lock (GIL) has been enabled to load module 'ftdemo._undeclared'",
  )
  const forced = spawnSync(venvs.freethreaded, ['-c', code], { env: { PATH: '/usr/bin:/bin', PYTHON_GIL: '0' } })
  expect(forced.stdout.toString().trim()).toBe('False False')
  expect(forced.stderr.toString()).not.toContain('RuntimeWarning')
})
