// `setup-python-ft run` as a developer runs it (dist/cli/index.js under Node 24), on the test bed's
// real CPython 3.13.15 builds and testbed/projects/lost-updates: interpreters found on PATH, through a
// real uv (installed from PyPI), and installed from the served sources into the user's cache folder;
// to a pipe and to a pseudo-terminal; each build's venv kept while its install is unchanged; the run's
// report reproduced in the mode's own venv, with --until-fail on the race that fails about 1 run in
// 10; bad flags and a missing interpreter, one line each with exit code 2 or 3.
import { beforeAll, describe, expect, jest, test } from '@jest/globals'
import { execFileSync, spawn, spawnSync } from 'node:child_process'
import { once } from 'node:events'
import {
  cpSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { node24, repoRoot } from './action.js'
import { useTestbed } from './testbed.js'

jest.setTimeout(600_000)

const bed = useTestbed()
let scratch: string
/** python3.13 and python3.13t, and nothing else. */
let bin: string
let project: string

const CLI = path.join(repoRoot, 'dist', 'cli', 'index.js')

interface Run {
  code: number | null
  out: string
  err: string
  seconds: number
}

/**
 * The command from a folder, with PATH as given (then the system's), and the user's cache folder in
 * the scratch. Asynchronous: the sources are served from this process.
 */
async function cli(
  args: string[],
  options: { cwd?: string; path?: string[]; env?: Record<string, string> } = {},
): Promise<Run> {
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    PATH: [...(options.path ?? [bin]), '/usr/bin', '/bin'].join(':'),
    XDG_CACHE_HOME: path.join(scratch, 'cache'),
    ...options.env,
  }
  delete env.FORCE_COLOR
  const started = Date.now()
  const child = spawn(node24, [CLI, ...args], { cwd: options.cwd ?? project, env })
  let out = ''
  let err = ''
  child.stdout.setEncoding('utf8').on('data', (text: string) => (out += text))
  child.stderr.setEncoding('utf8').on('data', (text: string) => (err += text))
  const [code] = (await once(child, 'close')) as [number | null]
  return { code, out, err, seconds: (Date.now() - started) / 1000 }
}

/** A fresh copy of the project, in its own folder (so its own folder in the cache). */
function copyProject(name: string): string {
  const dir = path.join(scratch, name)
  cpSync(path.join(repoRoot, 'testbed', 'projects', 'lost-updates'), dir, { recursive: true })
  return dir
}

const projectsIn = (cache: string) => path.join(cache, 'setup-python-ft', 'projects')

/**
 * The report's verdict on lost-updates: test_often diverges in every run; test_rarely, the race that
 * shows about 1 run in 10, may join it.
 */
function expectDivergence(out: string): void {
  expect(out.split('\n')[0]).toMatch(/^✗ The modes disagree: (1 divergent test|2 divergent tests)$/)
  expect(out).toContain('tests/test_lost_updates.py::test_often')
}

beforeAll(() => {
  scratch = mkdtempSync(path.join(tmpdir(), 'spft-cli-run-'))
  bin = path.join(scratch, 'bin')
  mkdirSync(bin)
  symlinkSync(path.join(bed.cache, 'standard', 'bin', 'python3.13'), path.join(bin, 'python3.13'))
  symlinkSync(path.join(bed.cache, 'freethreaded', 'bin', 'python3.13t'), path.join(bin, 'python3.13t'))
  project = copyProject('lost-updates')
})

describe('interpreters on PATH', () => {
  let first: Run

  beforeAll(async () => {
    first = await cli(['run'])
  })

  test('to a pipe: plain lines on stderr, the report on stdout, exit 1 for the divergence', async () => {
    expect(first.err).toContain(`Python 3.13.15 (cp313) from PATH: ${bin}/python3.13\n`)
    expect(first.err).toContain(`Python 3.13.15t (cp313t) from PATH: ${bin}/python3.13t\n`)
    // No pyproject.toml: the default install is pytest alone.
    expect(first.err).toContain('Install: python -m pip install pytest; run: pytest;')
    expect(first.err).toContain('▸ Install for cp313t: exit 0\n')
    expect(first.err).toContain('freethreaded (3.13.15): started\n')
    expect(first.err).toMatch(/▸ freethreaded · 3\.13\.15: exit 1, 3 tests, [\d.]+ s\n/)
    // Neither workflow commands nor colours nor redraws off a terminal.
    expect(first.err).not.toMatch(/^::/m)
    expect(first.err + first.out).not.toContain('\u001b[')
    expectDivergence(first.out)
    expect(first.out).toMatch(/E +assert \d+ == 200000/)
    expect(first.err).toMatch(
      /\nExit 1: The modes disagree: (1 divergent test|2 divergent tests) \(fail-on: divergence\)\n/,
    )
    expect(first.code).toBe(1)
    const [folder] = readdirSync(projectsIn(path.join(scratch, 'cache')))
    expect(folder).toMatch(/^lost-updates-[0-9a-f]{12}$/)
    expect(existsSync(path.join(projectsIn(path.join(scratch, 'cache')), folder!, 'report.json'))).toBe(true)
  })

  test('a second run reuses both venvs; a changed dependency file or --reinstall makes them again', async () => {
    const second = await cli(['run'])
    expect(second.err).toMatch(
      /Environment of cp313: reused, as made on .* \(its install, dependency files and sources are unchanged\)/,
    )
    expect(second.err).toMatch(/Environment of cp313t: reused/)
    expect(second.err).not.toContain('Install for')
    expectDivergence(second.out)
    expect(second.code).toBe(1)
    writeFileSync(path.join(project, 'requirements-test.txt'), 'pytest\n')
    const changed = await cli(['run'])
    expect(changed.err).toContain('▸ Install for cp313: exit 0')
    expect(changed.err).not.toContain('reused')
    expect((await cli(['run'])).err).toContain('Environment of cp313t: reused')
    const again = await cli(['run', '--reinstall', '--modes', 'freethreaded,standard'])
    expect(again.err).toContain('▸ Install for cp313t: exit 0')
    // What --reinstall made is kept as any other run's.
    expect((await cli(['run'])).err).toContain('Environment of cp313t: reused')
  })

  test('on a pseudo-terminal: a live line per mode, redrawn in place, and colours', async () => {
    const typescript = path.join(scratch, 'typescript')
    const env: NodeJS.ProcessEnv = {
      ...process.env,
      PATH: [bin, '/usr/bin', '/bin'].join(':'),
      XDG_CACHE_HOME: path.join(scratch, 'cache'),
    }
    delete env.CI
    // util-linux's script runs the command on a pseudo-terminal and keeps what it printed.
    spawnSync('script', ['-qfec', `${node24} ${CLI} run`, typescript], { cwd: project, env, stdio: 'ignore' })
    const screen = spawnSync('cat', [typescript], { encoding: 'utf8' }).stdout
    expect(screen).toMatch(/freethreaded \(3\.13\.15\): \d+ tests? done, [\d.]+ s/)
    // The live lines are cleared (cursor up, clear down) before each log line and redraw.
    expect(screen).toContain('\u001b[2A\u001b[0J')
    expect(screen).toContain('\u001b[31m✗ The modes disagree')
  })

  test("reproduce, from the project's folder, runs in the mode's venv the run kept; --until-fail finds the rare race", async () => {
    const [folder] = readdirSync(projectsIn(path.join(scratch, 'cache')))
    const report = path.join(projectsIn(path.join(scratch, 'cache')), folder!, 'report.json')
    const venv = path.join(projectsIn(path.join(scratch, 'cache')), folder!, 'run', 'venv', 'cp313t', 'bin', 'python')
    // No interpreter on PATH at all: the kept venv is the one used.
    const often = await cli(['reproduce', report, 'tests/test_lost_updates.py::test_often'], { path: [] })
    expect(often.out.split('\n')[0]).toBe(
      `freethreaded in Python 3.13 on linux-x64: PYTHON_GIL=0 ${venv} -m pytest tests/test_lost_updates.py::test_often -p no:cacheprovider -q`,
    )
    expect(often.out).toContain('failed (exit 1) on run 1: reproduced')
    expect(often.code).toBe(1)
    // About 1 run in 10 fails (testbed/projects/lost-updates/README.md): 300 runs miss it with a chance of 1e-18.
    const rarely = await cli(
      ['reproduce', report, 'tests/test_lost_updates.py::test_rarely', '--mode', 'freethreaded', '--until-fail', '300'],
      { path: [] },
    )
    expect(rarely.out).toMatch(/failed \(exit 1\) on run \d+ of at most 300: reproduced/)
    expect(rarely.out).toContain('assert got[0] is got[1]')
    expect(rarely.code).toBe(1)
  })
})

describe('interrupted', () => {
  test("Ctrl-C: each mode's processes stop, the last line says why, exit 130", async () => {
    const dir = copyProject('interrupted')
    const pids = path.join(scratch, 'interrupted-pids')
    mkdirSync(pids)
    // A test that writes its process id, then sleeps far past the test's time.
    writeFileSync(
      path.join(dir, 'tests', 'test_slow.py'),
      `import os, time\n\ndef test_slow():\n    open(os.path.join(${JSON.stringify(pids)}, str(os.getpid())), "w").close()\n    time.sleep(300)\n`,
    )
    const env: NodeJS.ProcessEnv = {
      ...process.env,
      PATH: [bin, '/usr/bin', '/bin'].join(':'),
      XDG_CACHE_HOME: path.join(scratch, 'cache'),
    }
    const child = spawn(node24, [CLI, 'run', '--modes', 'standard,freethreaded'], { cwd: dir, env })
    let err = ''
    child.stderr.setEncoding('utf8').on('data', (text: string) => (err += text))
    child.stdout.resume()
    const closed = once(child, 'close')
    // Both modes' pytest in the slow test.
    while (readdirSync(pids).length < 2) await new Promise((resolve) => setTimeout(resolve, 200))
    const started = Date.now()
    child.kill('SIGINT')
    const [code] = (await closed) as [number | null]
    expect(code).toBe(130)
    expect(Date.now() - started).toBeLessThan(15_000)
    expect(err).toMatch(/\nExit 130: .*\n$/)
    // Gone, or a zombie its parent left to be reaped.
    const running = (pid: string) => {
      try {
        return !/^\d+ \(.*\) Z/.test(readFileSync(`/proc/${pid}/stat`, 'utf8'))
      } catch {
        return false
      }
    }
    expect(readdirSync(pids).filter(running)).toEqual([])
  })
})

describe('interpreters through uv', () => {
  test('uv python find: 3.13t and 3.13+gil among its managed installations', async () => {
    // A real uv from PyPI, alone in its folder on PATH; the builds laid out as uv's managed ones.
    const uvVenv = path.join(scratch, 'uv-venv')
    execFileSync(path.join(bed.cache, 'standard', 'bin', 'python3.13'), ['-m', 'venv', uvVenv])
    execFileSync(path.join(uvVenv, 'bin', 'python'), ['-m', 'pip', 'install', '-q', 'uv'], { stdio: 'ignore' })
    const uvBin = path.join(scratch, 'uv-bin')
    mkdirSync(uvBin)
    symlinkSync(path.join(uvVenv, 'bin', 'uv'), path.join(uvBin, 'uv'))
    const managed = path.join(scratch, 'uv-python')
    const builds = [
      ['freethreaded', 'cpython-3.13.15+freethreaded-linux-x86_64-gnu', 'python3.13t'],
      ['standard', 'cpython-3.13.15-linux-x86_64-gnu', 'python3.13'],
    ]
    for (const [build, name, exe] of builds) {
      mkdirSync(path.join(managed, name!, 'bin'), { recursive: true })
      for (const link of ['python3', exe!])
        symlinkSync(path.join(bed.cache, build!, 'bin', exe!), path.join(managed, name!, 'bin', link))
    }
    const run = await cli(['run', '--modes', 'standard,freethreaded'], {
      cwd: copyProject('through-uv'),
      path: [uvBin],
      env: { UV_PYTHON_INSTALL_DIR: managed },
    })
    expect(run.err).toContain(
      `(cp313t) from uv: ${managed}/cpython-3.13.15+freethreaded-linux-x86_64-gnu/bin/python3.13t`,
    )
    expect(run.err).toContain(`(cp313) from uv: ${managed}/cpython-3.13.15-linux-x86_64-gnu/bin/python3.13`)
    expectDivergence(run.out)
    expect(run.code).toBe(1)
  })
})

describe('interpreters installed from the sources', () => {
  test("none on the machine: both builds installed into the user's cache folder, then found there", async () => {
    const cache = path.join(scratch, 'install-cache')
    const args = [
      'run',
      '--source',
      'python-build-standalone',
      '--pbs-latest-release-url',
      bed.pbsInputs['pbs-latest-release-url']!,
    ]
    const env = { XDG_CACHE_HOME: cache }
    const dir = copyProject('installed')
    const run = await cli(args, { cwd: dir, path: [], env })
    expect(run.err).toContain(
      `Not on this machine: standard and freethreaded build of >=3.13; installing it into ${cache}/setup-python-ft`,
    )
    expect(run.err).toMatch(/Python 3\.13\.15t \(cp313t\) from python-build-standalone: .*\/setup-python-ft\/python\//)
    // The install's libraries speak workflow commands on stdout: none reaches the terminal as one.
    expect(run.err + run.out).not.toMatch(/^::/m)
    expectDivergence(run.out)
    expect(run.code).toBe(1)
    const again = await cli(args, { cwd: dir, path: [], env })
    expect(again.err).toMatch(/Python 3\.13\.15t \(cp313t\) from tool-cache: /)
    expect(again.err).toContain('Environment of cp313t: reused')
  })
})

describe('faults: one line each, exit 2 or 3', () => {
  test('a bad flag value names the flag and what is valid (2); --help', async () => {
    const modes = await cli(['run', '--modes', 'standard,bogus'])
    expect(modes).toMatchObject({
      code: 2,
      out: '',
      err: "setup-python-ft: --modes: 'bogus' is not a mode; use standard, freethreaded, freethreaded-gil, standard-stress, freethreaded-stress, freethreaded-tsan\n",
    })
    expect((await cli(['run', '--timeout', 'soon'])).err).toBe(
      "setup-python-ft: --timeout: 'soon' is not a duration; use minutes (30) or a unit: 90s, 10m, 1h\n",
    )
    expect((await cli(['run', '--baseline', 'auto'])).code).toBe(2)
    const help = await cli(['run', '--help'])
    expect(help.code).toBe(0)
    expect(help.out).toMatch(/^Usage: setup-python-ft run \[options\] -- <command\.\.\.>/)
    expect(help.out).toContain('--python-freethreaded <path>')
  })

  test('a path given of the other build or version (2), a source flag checked before anything is found (2)', async () => {
    const standard = path.join(bin, 'python3.13')
    expect(await cli(['run', '--python-freethreaded', standard])).toMatchObject({
      code: 2,
      err: `setup-python-ft: --python-freethreaded: ${standard} is Python 3.13.15 of the standard build, not the freethreaded one\n`,
    })
    expect(await cli(['run', '--python', '3.14', '--python-standard', standard])).toMatchObject({
      code: 2,
      err: `setup-python-ft: --python-standard: ${standard} is Python 3.13.15 of the standard build, which is not 3.14 (--python)\n`,
    })
    // Both builds are on PATH, so nothing would be installed: the flag is still checked.
    expect(await cli(['run', '--source', 'anywhere'])).toMatchObject({
      code: 2,
      err: "setup-python-ft: --source: 'anywhere' is not valid; use one of: auto, python-versions, python-build-standalone\n",
    })
  })

  test('an interpreter that is not there, or none and no source to install from (3)', async () => {
    const given = await cli(['run', '--python-freethreaded', '/nowhere/python3.14t'])
    expect(given).toMatchObject({
      code: 3,
      err: 'setup-python-ft: --python-freethreaded: /nowhere/python3.14t is not a Python interpreter that runs\n',
    })
    const none = await cli(
      ['run', '--pbs-latest-release-url', 'http://127.0.0.1:9/latest.json', '--source', 'python-build-standalone'],
      {
        cwd: copyProject('nothing'),
        path: [],
      },
    )
    expect(none.code).toBe(3)
    expect(none.err.trim().split('\n').at(-1)).toMatch(
      /^setup-python-ft: .*\(the machine has no standard or freethreaded build: give --python-standard, put it on PATH or install uv\)$/,
    )
  })
})
