// The developers' first command (CONTRIBUTING.md): `npm run demo` shows the product on example/,
// as a user would see it.
import { expect, jest, test } from '@jest/globals'
import { execFile } from 'node:child_process'
import path from 'node:path'
import { promisify } from 'node:util'
import { node24, repoRoot } from './action.js'

jest.setTimeout(300_000)

test('the demo installs both builds, runs three modes and prints the comparison in under a minute', async () => {
  const started = Date.now()
  const { stdout } = await promisify(execFile)(node24, [path.join(repoRoot, 'testbed', 'demo.mjs')], {
    cwd: repoRoot,
    maxBuffer: 64 * 1024 * 1024,
  })
  const seconds = (Date.now() - started) / 1000
  // The log, folded as GitHub folds it, with the annotations called out.
  expect(stdout).toMatch(/^Downloading python-3\.13\.\d+-linux-.*-x64-freethreaded\.tar\.gz/m)
  expect(stdout).toMatch(/^▶ freethreaded · 3\.13\.\d+: exit 1 after 1 crash and 1 hang, 11 tests/m)
  expect(stdout).toMatch(
    /^Error: Crashed \(tests\/test_extension\.py:6\): tests\/test_extension\.py::test_unlocked_c_stack$/m,
  )
  // The report as `setup-python-ft report` prints it, from the report's data: the verdict, the
  // modes, each divergence with its class, outcomes, reproduce commands and its whole trace.
  const report = stdout.slice(stdout.indexOf('The report: setup-python-ft report'), stdout.indexOf('  Outputs'))
  expect(report).toMatch(/^✗ The modes disagree: 3 divergent tests$/m)
  expect(report).toMatch(/^ {2}freethreaded-gil 3\.13\.\d+ \(cp313t\): 11 tests, 10 passed, 1 failed$/m)
  expect(report).toMatch(/^✗ tests\/test_extension\.py::test_unlocked_c_stack {2}Crashed$/m)
  expect(report).toMatch(/^✗ tests\/test_threads\.py::test_lock_ordering {2}Hung$/m)
  expect(report).toMatch(
    /^✗ tests\/test_threads\.py::test_counter_race {2}(Fails only on the free-threaded build|Races without the GIL)$/m,
  )
  expect(report).toContain('    standard: passed · freethreaded: crashed · freethreaded-gil: passed')
  expect(report).toContain('    reproduce: PYTHON_GIL=0 python3.13t -m pytest tests/test_threads.py::test_counter_race')
  expect(report).toMatch(
    /^ {4}or: setup-python-ft reproduce \/\S+\/report\.json tests\/test_extension\.py::test_unlocked_c_stack --until-fail 100$/m,
  )
  // Every line of a trace, indented: the code, the assertion and its explanation, the threads' frames.
  expect(report).toMatch(/^ {4}> +assert counter\.value == THREADS \* INCREMENTS$/m)
  expect(report).toMatch(/^ {4}E +assert \d+ == \(4 \* 20000\)$/m)
  expect(report).toMatch(/^ {6}File "<site-packages>\/ftdemo\/shared\.py", line \d+ in take$/m)
  expect(report).toContain('ftdemo._undeclared has not declared free-threading support')
  expect(stdout).toMatch(
    /^The JSON report \(setup-python-ft\/report@1, 11 tests, outcome diverged\): \/.*report\.json$/m,
  )
  expect(stdout).toMatch(/^outcome=diverged$/m)
  expect(seconds).toBeLessThan(60)
})
