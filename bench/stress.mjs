// Thread stress: the whole action on a small, thread-safe pytest suite (30 CPU-bound tests), each
// mode alone, then standard, freethreaded, standard-stress and freethreaded-stress together.
//  - each stress mode's own wall time (the leg's duration) against its plain mode's;
//  - the four-mode run (whole process) against the slowest mode alone (whole process).
// Run by bench/run.mjs with the test bed's server inputs; alone: node bench/stress.mjs
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { runAction } from '../testbed/run-action.mjs'

const PLAIN = ['standard', 'freethreaded']
const STRESS = ['standard-stress', 'freethreaded-stress']

function suite() {
  const dir = mkdtempSync(path.join(tmpdir(), 'spft-stress-suite-'))
  mkdirSync(path.join(dir, 'tests'))
  const tests = Array.from(
    { length: 30 },
    (_, i) => `def test_work_${i}():\n    assert sum(j * j % 7 for j in range(150_000)) > 0\n`,
  )
  writeFileSync(path.join(dir, 'tests', 'test_work.py'), tests.join('\n\n'))
  return dir
}

async function timed(inputs, toolCache, workdir, modes) {
  const start = process.hrtime.bigint()
  const run = await runAction(
    { ...inputs, modes: modes.join(', '), install: 'pip install -q pytest', run: 'pytest -q -p no:cacheprovider' },
    { toolCache, workdir },
  )
  const seconds = Number(process.hrtime.bigint() - start) / 1e9
  if (run.code !== 0) throw new Error(`the stress bench run failed:\n${run.stdout}`)
  const report = JSON.parse(readFileSync(run.outputs['report-path'], 'utf8'))
  const legs = Object.fromEntries(report.groups[0].modes.map((m) => [m.mode, m.status.durationSeconds]))
  return { seconds, legs }
}

export async function benchStress(inputs, toolCache) {
  const workdir = suite()
  const alone = {}
  for (const mode of [...PLAIN, ...STRESS]) alone[mode] = await timed(inputs, toolCache, workdir, [mode])
  const four = await timed(inputs, toolCache, workdir, [...PLAIN, ...STRESS])
  const slowest = Math.max(...Object.values(alone).map((r) => r.seconds))
  return {
    legSeconds: Object.fromEntries(Object.entries(alone).map(([mode, r]) => [mode, r.legs[mode]])),
    standardStressRatio: alone['standard-stress'].legs['standard-stress'] / alone.standard.legs.standard,
    freethreadedStressRatio:
      alone['freethreaded-stress'].legs['freethreaded-stress'] / alone.freethreaded.legs.freethreaded,
    fourModesSeconds: four.seconds,
    slowestAloneSeconds: slowest,
    fourModesRatio: four.seconds / slowest,
  }
}

if (process.argv[1] && path.resolve(process.argv[1]) === path.resolve(new URL(import.meta.url).pathname)) {
  const { prepareTestbed } = await import('../testbed/prepare.mjs')
  const { startServer } = await import('../testbed/server.mjs')
  const { freshToolCache } = await import('../testbed/run-action.mjs')
  const { root, version } = prepareTestbed()
  const server = await startServer(root)
  const inputs = {
    'python-version': version.split('.').slice(0, 2).join('.'),
    source: 'python-build-standalone',
    'pbs-latest-release-url': `${server.url}/pbs/latest-release.json`,
  }
  console.log(JSON.stringify(await benchStress(inputs, freshToolCache()), null, 1))
  await server.close()
}
