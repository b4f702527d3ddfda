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
  // The summary, rendered: the verdict, the divergences with why they broke, the modes, the GIL.
  expect(stdout).toMatch(/^❌ 3 tests break only with the GIL off \(3\.13\.\d+t\): 1 crash · 1 hang · 1 failure/m)
  expect(stdout).toMatch(
    /^tests\/test_extension\.py::test_unlocked_c_stack +💥 freethreaded +(SIG[A-Z]+ in churn|The interpreter died on SIG[A-Z]+)/m,
  )
  expect(stdout).toMatch(/^tests\/test_threads\.py::test_lock_ordering +⏳ freethreaded +deadlock: 2 threads in take/m)
  expect(stdout).toMatch(/^tests\/test_threads\.py::test_counter_race +❌ freethreaded +assert \d+ == \(4 \* 20000\)/m)
  expect(stdout).toMatch(/^Mode +Python +Tests/m)
  expect(stdout).toMatch(/^freethreaded-gil +3\.13\.\d+ \(cp313t\) +11 /m)
  expect(stdout).toContain('ftdemo._undeclared has not declared free-threading support')
  // Rendered, not raw: no markdown escapes and no tags.
  const summary = stdout.slice(stdout.indexOf('The job summary'), stdout.indexOf('  Outputs'))
  expect(summary).not.toMatch(/\\[-._:()[\]]|<\/?(code|details|summary|sub|br|pre)>|&lt;|&#64;/)
  expect(stdout).toMatch(
    /^The JSON report \(setup-python-ft\/report@1, 11 tests, outcome diverged\): \/.*report\.json$/m,
  )
  expect(stdout).toMatch(/^outcome=diverged$/m)
  expect(seconds).toBeLessThan(60)
})
