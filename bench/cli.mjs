// The command line's `run` (dist/cli/index.js under Node 24) on a generated project of pure-Python
// tests, standard and freethreaded, interpreters on PATH, after a first run that made the venvs:
//  start: the second run of the unchanged project, from the command's start to its first test (the
//         later of the two modes'). Goal: at most 1.5 s.
//  whole: the second run, whole process, against pytest run by hand under both builds at once in the
//         same venvs (PYTHON_GIL=0 for the free-threaded one), as the command runs its modes. Goal:
//         at most 1.1x.
// Run by bench/run.mjs with the test bed's interpreters; median of `runs`.
import { spawn } from 'node:child_process'
import { once } from 'node:events'
import { mkdirSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { node24, repoRoot } from '../testbed/run-action.mjs'

/** About 5 s of pure-Python work per mode on this machine, a small real suite's length. */
const TESTS = 500
const CONFTEST = `import os, time

_first = True


def pytest_runtest_setup(item):
    global _first
    if _first:
        _first = False
        with open(os.environ["BENCH_CLOCK"], "a") as f:
            f.write("%r\\n" % time.time())
`
const SUITE = `import pytest


@pytest.mark.parametrize("n", range(${TESTS}))
def test_work(n):
    assert sum(i * i % 7 for i in range(150_000)) > 0
`

async function timed(command, args, options) {
  const start = Date.now()
  const child = spawn(command, args, { ...options, stdio: ['ignore', 'ignore', 'pipe'] })
  let err = ''
  child.stderr.setEncoding('utf8').on('data', (text) => (err += text))
  const [code] = await once(child, 'close')
  return { start, seconds: (Date.now() - start) / 1000, code, err }
}

export async function benchCli(interpreters, scratch, runs = 3) {
  const dir = path.join(scratch, 'cli-bench')
  const project = path.join(dir, 'project')
  const bin = path.join(dir, 'bin')
  mkdirSync(path.join(project, 'tests'), { recursive: true })
  mkdirSync(bin, { recursive: true })
  writeFileSync(path.join(project, 'tests', 'conftest.py'), CONFTEST)
  writeFileSync(path.join(project, 'tests', 'test_work.py'), SUITE)
  symlinkSync(path.join(interpreters, 'standard', 'bin', 'python3.13'), path.join(bin, 'python3.13'))
  symlinkSync(path.join(interpreters, 'freethreaded', 'bin', 'python3.13t'), path.join(bin, 'python3.13t'))
  const clock = path.join(dir, 'clock')
  const env = { ...process.env, PATH: `${bin}:/usr/bin:/bin`, XDG_CACHE_HOME: path.join(dir, 'cache') }
  delete env.CI
  const pytest = ['-m', 'pytest', '-q', '-p', 'no:cacheprovider']
  const cliArgs = [
    path.join(repoRoot, 'dist', 'cli', 'index.js'),
    'run',
    '--env',
    `BENCH_CLOCK=${clock}`,
    '--',
    'python',
    ...pytest,
  ]
  const cli = async () => {
    rmSync(clock, { force: true })
    const run = await timed(node24, cliArgs, { cwd: project, env })
    if (run.code !== 0) throw new Error(`setup-python-ft run failed (${run.code}):\n${run.err}`)
    const firstTests = readFileSync(clock, 'utf8').trim().split('\n').map(Number)
    if (firstTests.length !== 2) throw new Error(`expected a first test in each of 2 modes, got ${firstTests.length}`)
    return { ...run, startSeconds: Math.max(...firstTests) - run.start / 1000 }
  }
  // The first run makes the venvs (and installs pytest); the measured runs reuse them.
  await cli()
  const venvs = path.join(
    dir,
    'cache',
    'setup-python-ft',
    'projects',
    readdirSync(path.join(dir, 'cache', 'setup-python-ft', 'projects'))[0],
    'run',
    'venv',
  )
  const byHand = async () => {
    const start = Date.now()
    const both = await Promise.all([
      timed(path.join(venvs, 'cp313', 'bin', 'python'), pytest, { cwd: project, env: { ...env, BENCH_CLOCK: clock } }),
      timed(path.join(venvs, 'cp313t', 'bin', 'python'), pytest, {
        cwd: project,
        env: { ...env, BENCH_CLOCK: clock, PYTHON_GIL: '0' },
      }),
    ])
    if (both.some((run) => run.code !== 0))
      throw new Error(`pytest by hand failed:\n${both.map((r) => r.err).join('\n')}`)
    return (Date.now() - start) / 1000
  }
  const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]
  const start = []
  const whole = []
  const hand = []
  for (let i = 0; i < runs; i++) {
    const run = await cli()
    start.push(run.startSeconds)
    whole.push(run.seconds)
    hand.push(await byHand())
  }
  rmSync(dir, { recursive: true, force: true })
  const cliSeconds = median(whole)
  const handSeconds = median(hand)
  return {
    tests: TESTS,
    startSeconds: median(start),
    startGoal: 1.5,
    cliSeconds,
    handSeconds,
    ratio: cliSeconds / handSeconds,
    limit: 1.1,
  }
}

// Alone: node bench/cli.mjs (the test bed's interpreters must be built).
if (import.meta.url === `file://${process.argv[1]}`) {
  const { prepareTestbed } = await import('../testbed/prepare.mjs')
  const { makeScratch } = await import('../testbed/scratch.mjs')
  const scratch = makeScratch()
  try {
    console.log(await benchCli(prepareTestbed().cache, scratch))
  } finally {
    rmSync(scratch, { recursive: true, force: true })
  }
}
