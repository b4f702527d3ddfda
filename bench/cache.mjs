// The dependency cache: the whole action with `cache: pip` on a project whose install builds a C
// extension from an sdist on both builds (testbed/sdist.mjs) and pulls pytest, run twice: first with
// an empty cache, then with the cache the first saved (in a `cache-dir`). Reported: each build's
// install time (the report's `install.seconds`) and the whole process, second over first.
// Run by bench/run.mjs with the test bed's server inputs.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { runAction } from '../testbed/run-action.mjs'
import { writeSdist } from '../testbed/sdist.mjs'

async function timed(inputs, options) {
  // HOME's cache folders start empty: only the cache-dir carries anything from the first run.
  rmSync(path.join(options.env.HOME, '.cache'), { recursive: true, force: true })
  const start = process.hrtime.bigint()
  const run = await runAction(inputs, options)
  const seconds = Number(process.hrtime.bigint() - start) / 1e9
  if (run.code !== 0) throw new Error(`the cache bench run failed:\n${run.stdout}`)
  const report = JSON.parse(readFileSync(run.outputs['report-path'], 'utf8'))
  const install = Object.fromEntries(report.groups[0].modes.map((m) => [m.abi, m.install.seconds]))
  return { seconds, install, hit: run.outputs['cache-hit'] }
}

export async function benchCache(inputs, toolCache) {
  const workdir = mkdtempSync(path.join(tmpdir(), 'spft-bench-cache-'))
  writeSdist(path.join(workdir, 'vendor'))
  writeFileSync(path.join(workdir, 'requirements.txt'), 'ftcounter\npytest\n')
  writeFileSync(
    path.join(workdir, 'test_counter.py'),
    'import ftcounter\n\ndef test_imports():\n    assert ftcounter\n',
  )
  const options = { toolCache, workdir, env: { HOME: path.join(workdir, 'home') } }
  const all = {
    ...inputs,
    install: 'pip install --disable-pip-version-check --find-links vendor -r requirements.txt',
    run: 'pytest -q -p no:cacheprovider',
    cache: 'pip',
    'cache-dir': path.join(workdir, 'caches'),
  }
  try {
    const first = await timed(all, options)
    const second = await timed(all, options)
    if (first.hit !== 'false' || second.hit !== 'true') throw new Error('the cache bench did not miss then hit')
    return {
      first,
      second,
      installRatio: Object.fromEntries(
        Object.keys(first.install).map((abi) => [abi, second.install[abi] / first.install[abi]]),
      ),
      wholeRatio: second.seconds / first.seconds,
    }
  } finally {
    rmSync(workdir, { recursive: true, force: true })
  }
}
