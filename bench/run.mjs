#!/usr/bin/env node
// npm run bench: the action's speed as ratios measured in one run (the machine is shared and noisy).
//  warm: both builds already in the tool cache, the whole action run vs a bare `node -e 0`, both under
//        Node 24 in the same minimal environment (env -i); no network call is allowed.
//  cold: both builds from the test bed's server on 127.0.0.1 into an empty tool cache, vs plain
//        `tar -xzf` of the same two archives one after the other.
//  two modes: a run of standard and freethreaded together vs the slower one alone (bench/modes.mjs).
//  stress: each stress mode's wall time vs its plain mode's, and four modes together vs the slowest
//          alone, whole process (bench/stress.mjs).
//  results: two JUnit files of 10k, 30k and 100k tests compared and reported (bench/results.mjs).
//  scale: two JUnit files of 100k and 1M tests through `results`, and a compare job over 36 legs of
//         50k tests, whole process: time and peak RSS against the goals (bench/scale.mjs).
//  cache: a second run with a warm dependency cache vs the first, on a project that builds a C
//         extension from source on both builds: each install and the whole process (bench/cache.mjs).
//  tsan: the ThreadSanitizer interpreter built cold, restored warm (ratio), and the TSan mode's run of
//        the example against the plain freethreaded mode's (bench/tsan.mjs).
//  isolation: three modes with `isolation: copy` vs `shared`, whole process, on a small and a large
//             tree: what the copies of the workspace cost (bench/isolation.mjs).
//  matrix: planning 3 OS x 4 versions x 3 modes from the real availability data (bench/matrix.mjs).
//  upgrades: the package index asked about 20 dependencies built from source, and about none
//            (bench/upgrades.mjs).
//  baseline: baseline: auto's restore and save for a 100,000-test project with 1,000 flaky tests
//            (bench/baseline.mjs).
//  cli: the command line's second `run` of an unchanged project: the time before its first test, and
//       the whole process vs pytest under both builds by hand at once (bench/cli.mjs).
import { spawnSync } from 'node:child_process'
import { mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { prepareTestbed, PBS_TAG } from '../testbed/prepare.mjs'
import { startServer } from '../testbed/server.mjs'
import { freshToolCache, node24, repoRoot, runAction } from '../testbed/run-action.mjs'
import { makeScratch, sweepStaleScratch } from '../testbed/scratch.mjs'
import { benchMatrix } from './matrix.mjs'
import { benchUpgrades } from './upgrades.mjs'
import { benchBaseline } from './baseline.mjs'
import { benchCli } from './cli.mjs'
import { benchModes } from './modes.mjs'
import { benchIsolation } from './isolation.mjs'
import { benchCache } from './cache.mjs'
import { benchTsan } from './tsan.mjs'
import { benchStress } from './stress.mjs'
import { benchResults, compileSources } from './results.mjs'
import { benchCompareScale, benchSetupScale } from './scale.mjs'

const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]
const ms = (ns) => Number(ns) / 1e6

function timeSync(command, args, env) {
  const start = process.hrtime.bigint()
  const result = spawnSync(command, args, { env, stdio: ['ignore', 'pipe', 'pipe'] })
  const elapsed = ms(process.hrtime.bigint() - start)
  if (result.status !== 0) throw new Error(`${command} ${args.join(' ')} failed: ${result.stdout}${result.stderr}`)
  return elapsed
}

// Everything the bench writes (tool caches, runner folders, venvs) goes under one scratch folder,
// removed when the bench exits; the folder of a killed bench goes at the next bench or test run.
sweepStaleScratch()
const scratch = makeScratch()
process.env.TMPDIR = scratch
process.on('exit', () => rmSync(scratch, { recursive: true, force: true }))

const { root, version, cache } = prepareTestbed()
const minor = version.split('.').slice(0, 2).join('.')
const server = await startServer(root)
const inputs = {
  'python-version': minor,
  source: 'python-build-standalone',
  'pbs-latest-release-url': `${server.url}/pbs/latest-release.json`,
}

// --- cold -----------------------------------------------------------------------------------
const coldRuns = []
const tarRuns = []
const archives = readdirSync(path.join(root, 'pbs', PBS_TAG))
  .filter((f) => f.endsWith('.tar.gz'))
  .map((f) => path.join(root, 'pbs', PBS_TAG, f))
let warmCache
for (let i = 0; i < 3; i++) {
  const toolCache = freshToolCache()
  const start = process.hrtime.bigint()
  const run = await runAction(inputs, { toolCache })
  coldRuns.push(ms(process.hrtime.bigint() - start))
  if (run.code !== 0) throw new Error(`cold run failed:\n${run.stdout}`)
  if (warmCache) rmSync(toolCache, { recursive: true, force: true })
  else warmCache = toolCache
  const out = mkdtempSync(path.join(tmpdir(), 'spft-tar-'))
  const tarStart = process.hrtime.bigint()
  for (const archive of archives) spawnSync('tar', ['-xzf', archive, '-C', out])
  tarRuns.push(ms(process.hrtime.bigint() - tarStart))
  rmSync(out, { recursive: true, force: true })
}
// --- two modes at once ------------------------------------------------------------------------
const modes = await benchModes(inputs, warmCache)
const stress = await benchStress(inputs, warmCache)
const dependencyCache = await benchCache(inputs, warmCache)
const tsan = await benchTsan(inputs, warmCache, server.url)
const isolation = await benchIsolation(inputs, warmCache)
await server.close()

// --- warm -----------------------------------------------------------------------------------
const home = mkdtempSync(path.join(tmpdir(), 'spft-bench-'))
const files = ['output', 'env', 'path', 'summary'].map((name) => path.join(home, name))
const minimal = { PATH: '/usr/bin:/bin' }
const actionEnv = {
  ...minimal,
  GITHUB_OUTPUT: files[0],
  GITHUB_ENV: files[1],
  GITHUB_PATH: files[2],
  GITHUB_STEP_SUMMARY: files[3],
  RUNNER_TOOL_CACHE: warmCache,
  RUNNER_TEMP: home,
  RUNNER_ARCH: 'X64',
  RUNNER_OS: 'Linux',
  // An address nothing listens on: a warm run that tried the network would fail.
  'INPUT_PYTHON-VERSION': minor,
  'INPUT_PBS-LATEST-RELEASE-URL': 'http://127.0.0.1:9/latest-release.json',
  INPUT_SOURCE: 'python-build-standalone',
}
const bare = []
const warm = []
for (let i = 0; i < 30; i++) {
  for (const file of files) writeFileSync(file, '')
  bare.push(timeSync(node24, ['-e', '0'], minimal))
  warm.push(timeSync(node24, [path.join(repoRoot, 'dist/index.js')], actionEnv))
}

const report = {
  warm: { bareNodeMs: median(bare), actionMs: median(warm), ratio: median(warm) / median(bare), limit: 3 },
  cold: { actionMs: median(coldRuns), tarMs: median(tarRuns), ratio: median(coldRuns) / median(tarRuns) },
}
console.log(
  `warm: action ${report.warm.actionMs.toFixed(1)} ms vs node -e 0 ${report.warm.bareNodeMs.toFixed(1)} ms = ${report.warm.ratio.toFixed(2)}x (limit 3x)`,
)
console.log(
  `cold: action ${report.cold.actionMs.toFixed(0)} ms vs tar -xzf of the same archives ${report.cold.tarMs.toFixed(0)} ms = ${report.cold.ratio.toFixed(2)}x`,
)
console.log(
  `two modes: both ${modes.both.toFixed(1)} s vs the slower alone ${Math.max(modes.standard, modes.freethreaded).toFixed(1)} s ` +
    `(standard ${modes.standard.toFixed(1)} s, freethreaded ${modes.freethreaded.toFixed(1)} s) = ${modes.ratio.toFixed(2)}x (limit 1.15x)`,
)
report.modes = modes
const legs = stress.legSeconds
console.log(
  `stress: standard-stress ${legs['standard-stress'].toFixed(1)} s vs standard ${legs.standard.toFixed(1)} s = ${stress.standardStressRatio.toFixed(2)}x; ` +
    `freethreaded-stress ${legs['freethreaded-stress'].toFixed(1)} s vs freethreaded ${legs.freethreaded.toFixed(1)} s = ${stress.freethreadedStressRatio.toFixed(2)}x (4 threads, 30 CPU-bound tests)`,
)
console.log(
  `stress: four modes together ${stress.fourModesSeconds.toFixed(1)} s vs the slowest alone ${stress.slowestAloneSeconds.toFixed(1)} s = ${stress.fourModesRatio.toFixed(2)}x (whole process)`,
)
report.stress = stress
const { first: cold1, second: warm1, installRatio } = dependencyCache
console.log(
  `cache: second run with a warm dependency cache vs the first (ftcounter built from source on both builds): ` +
    Object.entries(installRatio)
      .map(
        ([abi, ratio]) =>
          `${abi} install ${warm1.install[abi].toFixed(1)} s vs ${cold1.install[abi].toFixed(1)} s = ${ratio.toFixed(2)}x`,
      )
      .join('; ') +
    `; whole process ${warm1.seconds.toFixed(1)} s vs ${cold1.seconds.toFixed(1)} s = ${dependencyCache.wholeRatio.toFixed(2)}x`,
)
report.dependencyCache = dependencyCache
console.log(
  `tsan: interpreter built in ${tsan.buildSeconds.toFixed(0)} s, restored in ${tsan.restoreSeconds.toFixed(1)} s = ${tsan.restoreRatio.toFixed(3)}x the build; ` +
    `the example under freethreaded-tsan ${tsan.tsanSeconds.toFixed(1)} s vs freethreaded ${tsan.freethreadedSeconds.toFixed(1)} s = ${tsan.runRatio.toFixed(2)}x`,
)
report.tsan = tsan
for (const [name, tree] of Object.entries(isolation)) {
  console.log(
    `isolation (${name} tree, ${tree.files} files, ${tree.mib.toFixed(0)} MiB): three modes with copies ${tree.copy.toFixed(1)} s vs shared ${tree.shared.toFixed(1)} s = ${tree.ratio.toFixed(2)}x (the two copies: ${tree.copiesSeconds.toFixed(1)} s)`,
  )
}
report.isolation = isolation

// --- large results --------------------------------------------------------------------------
compileSources()
report.results = {}
for (const count of [10_000, 30_000, 100_000]) {
  const result = await benchResults(count)
  report.results[count] = { ...result, usPerTest: (result.ms * 1000) / count }
  console.log(
    `results: ${count} tests x 2 modes: ${result.ms.toFixed(0)} ms, peak RSS ${result.maxRssMiB.toFixed(0)} MiB, ${((result.ms * 1000) / count).toFixed(1)} us per test`,
  )
}
const big = report.results[100_000]

// --- scale, whole process -------------------------------------------------------------------
const python = path.join(cache, 'standard', 'bin', 'python3')
report.scale = {
  setup: [
    { ...(await benchSetupScale(inputs, warmCache, python, 100_000)), goal: { seconds: 2, rssMiB: 250 } },
    { ...(await benchSetupScale(inputs, warmCache, python, 1_000_000)), goal: { seconds: 10, rssMiB: 500 } },
  ],
  compare: { ...(await benchCompareScale(warmCache, 50_000)), goal: { seconds: 15 } },
}
for (const { count, floor, run, anchor, goal } of report.scale.setup) {
  const share = run.seconds - floor.seconds
  console.log(
    `scale: 2 x ${count.toLocaleString('en')} tests through results: ${run.seconds.toFixed(1)} s whole, ` +
      `${share.toFixed(1)} s over the 10-test run (${floor.seconds.toFixed(1)} s) = ${(share / goal.seconds).toFixed(2)}x the ${goal.seconds} s goal; ` +
      `peak RSS ${run.rssMiB.toFixed(0)} MiB = ${(run.rssMiB / goal.rssMiB).toFixed(2)}x the ${goal.rssMiB} MiB goal ` +
      `(Python's ElementTree.iterparse of one file: ${anchor.seconds.toFixed(1)} s, ${anchor.rssMiB.toFixed(0)} MiB)`,
  )
}
const { compare: job } = report.scale
console.log(
  `scale: compare job over ${job.legs} legs x ${job.count.toLocaleString('en')} tests: ${job.matrix.seconds.toFixed(1)} s = ` +
    `${(job.matrix.seconds / job.goal.seconds).toFixed(2)}x the ${job.goal.seconds} s goal; peak RSS ${job.matrix.rssMiB.toFixed(0)} MiB ` +
    `= ${(job.matrix.rssMiB / job.group.rssMiB).toFixed(2)}x that of one group alone (${job.group.rssMiB.toFixed(0)} MiB), with 12 groups`,
)
report.matrix = await benchMatrix(root, PBS_TAG)
console.log(
  `matrix: 3 OS x 4 versions x 3 modes = ${report.matrix.legs} legs planned in ${report.matrix.ms.toFixed(2)} ms`,
)
report.upgrades = await benchUpgrades()
console.log(
  `upgrades: 20 dependencies looked up at once (${report.upgrades.latencyMs} ms per answer) in ${report.upgrades.twentyMs.toFixed(0)} ms = ` +
    `${(report.upgrades.twentyMs / report.upgrades.goalMs).toFixed(2)}x the 2 s goal; none needing it: ${report.upgrades.noneMs.toFixed(2)} ms, ${report.upgrades.requestsForNone} requests`,
)
report.baseline = await benchBaseline()
console.log(
  `baseline: auto with 1,000 flaky tests: restore, save and the comment's edit ${report.baseline.ms.toFixed(0)} ms = ${(report.baseline.ms / 1000).toFixed(2)}x the 1 s goal; ` +
    `${report.baseline.rssMiB.toFixed(1)} MiB = ${(report.baseline.rssMiB / 50).toFixed(2)}x the 50 MiB goal`,
)
report.cli = await benchCli(cache, scratch)
console.log(
  `cli: second run of an unchanged project, ${report.cli.tests} tests: first test after ${report.cli.startSeconds.toFixed(2)} s = ` +
    `${(report.cli.startSeconds / report.cli.startGoal).toFixed(2)}x the 1.5 s goal; whole ${report.cli.cliSeconds.toFixed(2)} s vs pytest under both builds by hand ` +
    `${report.cli.handSeconds.toFixed(2)} s = ${report.cli.ratio.toFixed(2)}x (limit ${report.cli.limit}x)`,
)
const scaling = big.usPerTest / report.results[10_000].usPerTest
console.log(
  `results: 100,000 tests ${(big.ms / 2000).toFixed(2)}x the 2 s limit, ${(big.maxRssMiB / 300).toFixed(2)}x the 300 MiB limit`,
)
console.log(`results: cost per test at 100,000 vs 10,000 = ${scaling.toFixed(2)}x (1.0 is linear)`)

if (process.argv.includes('--json')) console.log(JSON.stringify(report))
const overLimit =
  report.warm.ratio > 3 ||
  modes.ratio > 1.15 ||
  big.ms > 2000 ||
  big.maxRssMiB > 300 ||
  scaling > 1.5 ||
  report.matrix.ms > 50 ||
  report.upgrades.twentyMs > report.upgrades.goalMs ||
  report.upgrades.requestsForNone > 0 ||
  report.baseline.ms > report.baseline.goal.ms ||
  report.baseline.rssMiB > report.baseline.goal.rssMiB ||
  report.cli.startSeconds > report.cli.startGoal ||
  report.cli.ratio > report.cli.limit ||
  report.scale.setup.some(
    ({ run, floor, goal }) => run.seconds - floor.seconds > goal.seconds || run.rssMiB > goal.rssMiB,
  ) ||
  job.matrix.seconds > job.goal.seconds ||
  job.matrix.rssMiB > 3 * job.group.rssMiB
if (overLimit) process.exitCode = 1
