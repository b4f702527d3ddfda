// The freethreaded-tsan mode on the example: the interpreter built from source into an empty cache
// (cold), then restored from the action's directory cache (warm), each as the action logs it, and
// the TSan mode's run of the example's suite against the plain freethreaded mode's, in one run.
// Run by bench/run.mjs with the test bed's server inputs.
import { cpSync, mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { repoRoot, runAction } from '../testbed/run-action.mjs'

const SUITE = 'pytest -q -p no:cacheprovider tests/test_tally.py tests/test_everywhere.py tests/test_registry.py'

function seconds(stdout, pattern) {
  const match = pattern.exec(stdout)
  if (!match) throw new Error(`the TSan bench run did not log ${pattern}:\n${stdout.slice(-4000)}`)
  return Number(match[1])
}

export async function benchTsan(inputs, toolCache, serverUrl) {
  const work = mkdtempSync(path.join(tmpdir(), 'spft-bench-tsan-'))
  const workdir = path.join(work, 'example')
  cpSync(path.join(repoRoot, 'example'), workdir, {
    recursive: true,
    filter: (file) => !/(^|\/)(build|__pycache__|[^/]+\.egg-info)$/.test(file),
  })
  const all = {
    ...inputs,
    modes: 'freethreaded, freethreaded-tsan',
    install: 'pip install -q --disable-pip-version-check .[test]',
    run: SUITE,
    'fail-on': 'never',
    'cpython-source-mirror': `${serverUrl}/cpython-verified`,
    'cache-dir': path.join(work, 'cache'),
  }
  const once = async () => {
    rmSync(path.join(toolCache, 'setup-python-ft-tsan'), { recursive: true, force: true })
    const run = await runAction(all, { toolCache, workdir })
    if (run.code !== 0) throw new Error(`the TSan bench run failed:\n${run.stdout.slice(-4000)}`)
    return run
  }
  try {
    const cold = await once()
    const warm = await once()
    const build = seconds(cold.stdout, /ThreadSanitizer interpreter of \S+: built in ([\d.]+) s/)
    const restore = seconds(warm.stdout, /ThreadSanitizer interpreter of \S+: restored \S+ from \S+ in ([\d.]+) s/)
    const report = JSON.parse(readFileSync(warm.outputs['report-path'], 'utf8'))
    const leg = (mode) => report.groups[0].modes.find((m) => m.mode === mode).status.durationSeconds
    return {
      buildSeconds: build,
      restoreSeconds: restore,
      restoreRatio: restore / build,
      tsanSeconds: leg('freethreaded-tsan'),
      freethreadedSeconds: leg('freethreaded'),
      runRatio: leg('freethreaded-tsan') / leg('freethreaded'),
    }
  } finally {
    rmSync(path.join(toolCache, 'setup-python-ft-tsan'), { recursive: true, force: true })
    rmSync(work, { recursive: true, force: true })
  }
}
