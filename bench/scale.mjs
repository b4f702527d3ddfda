// Scale, whole process: the bundled action, as a runner starts it, measured for wall time and the peak
// RSS of its Node process (children excluded: they are Python's).
//  setup: dist/index.js with both builds warm, modes "standard, freethreaded", `run: touch *.xml` and
//         `results: {mode}.xml`: two pytest-style JUnit files (xunit1, file and line) of N tests each,
//         identical but for 1,000 failing only in freethreaded. The same run over 10 tests is the
//         floor (venvs, probe, report); Python's own ElementTree.iterparse over one file is the anchor.
//  compare: dist/compare/index.js over 36 leg artifacts (3 OS x 4 versions x 3 modes) of 50,000 tests
//           each, from an artifact-dir; its peak against one group's legs (3 x 50,000) alone.
// Run by bench/run.mjs; alone: node bench/scale.mjs [setup|compare] [N]
import { execFileSync } from 'node:child_process'
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { runAction } from '../testbed/run-action.mjs'
import { writeJunit } from './results.mjs'

const here = fileURLToPath(import.meta.url)

/** Preloaded into the action's Node: writes its peak RSS (MiB) where SPFT_BENCH_RSS says, at exit. */
function rssProbe(dir) {
  const file = path.join(dir, 'rss.mjs')
  const write =
    "process.getBuiltinModule('node:fs').writeFileSync(process.env.SPFT_BENCH_RSS, String(process.resourceUsage().maxRSS / 1024))"
  writeFileSync(file, `process.on('exit', () => ${write})\n`)
  return file
}

/** Runs an entry of the bundle; resolves to { seconds, rssMiB, run }. */
async function measured(inputs, options, dir) {
  const rssFile = path.join(dir, 'rss.txt')
  const env = { NODE_OPTIONS: `--import=${rssProbe(dir)}`, SPFT_BENCH_RSS: rssFile, ...options.env }
  const start = process.hrtime.bigint()
  const run = await runAction(inputs, { ...options, env })
  const seconds = Number(process.hrtime.bigint() - start) / 1e9
  return { seconds, rssMiB: Number(readFileSync(rssFile, 'utf8')), run }
}

/** A pytest-style JUnit file (xunit1): `failing` tests spread evenly fail in this file only. */
export function writeSuite(file, count, failing) {
  const every = failing > 0 ? Math.floor(count / failing) : 0
  return writeJunit(file, count, (i) => every > 0 && i % every === 0 && i / every < failing)
}

/** ElementTree.iterparse over one file, clearing as it goes: the standard library's streaming parse. */
function iterparseAnchor(python, file) {
  const script = [
    'import resource, sys, time, xml.etree.ElementTree as ET',
    't = time.perf_counter(); n = 0',
    'for _, e in ET.iterparse(sys.argv[1]):',
    '    if e.tag == "testcase": n += 1; e.clear()',
    'print(time.perf_counter() - t, resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024, n)',
  ].join('\n')
  const [seconds, rssMiB] = execFileSync(python, ['-c', script, file], { encoding: 'utf8' }).trim().split(' ')
  return { seconds: Number(seconds), rssMiB: Number(rssMiB) }
}

/**
 * The setup action over two files of `count` tests, the floor over 10, and the anchor.
 * inputs: the test bed's install inputs; python: a real interpreter for the anchor.
 */
export async function benchSetupScale(inputs, toolCache, python, count) {
  const dir = mkdtempSync(path.join(tmpdir(), 'spft-bench-scale-'))
  try {
    const run = async (n) => {
      const work = path.join(dir, `work-${n}`)
      mkdirSync(work)
      await writeSuite(path.join(work, 'standard.xml'), n, 0)
      await writeSuite(path.join(work, 'freethreaded.xml'), n, Math.min(1000, n / 10))
      const result = await measured(
        // The files count only when written during the run (older ones are stale): the run touches them.
        { ...inputs, modes: 'standard, freethreaded', run: 'touch *.xml', results: '{mode}.xml', 'fail-on': 'never' },
        { toolCache, workdir: work },
        dir,
      )
      if (result.run.code !== 0) throw new Error(`the scale run failed:\n${result.run.stdout}`)
      const divergences = Number(result.run.outputs.divergences)
      if (divergences !== Math.min(1000, n / 10)) throw new Error(`expected 1,000 divergences, got ${divergences}`)
      rmSync(work, { recursive: true, force: true })
      return { seconds: result.seconds, rssMiB: result.rssMiB }
    }
    const floor = await run(10)
    const big = await run(count)
    const anchorFile = path.join(dir, 'anchor.xml')
    await writeSuite(anchorFile, count, 1000)
    const anchor = iterparseAnchor(python, anchorFile)
    return { count, floor, run: big, anchor }
  } finally {
    rmSync(dir, { recursive: true, force: true })
  }
}

/** leg.json of one leg of the matrix: `count` tests, a few failing only without the GIL. */
function writeLeg(file, { group, mode, version, os }, count) {
  const out = []
  for (let i = 0; i < count; i++) {
    const module = `tests/test_module_${Math.floor(i / 100)}.py`
    const failing = mode !== 'standard' && i % 5000 === 7
    out.push(
      JSON.stringify({
        id: `tests.test_module_${Math.floor(i / 100)}::test_case_${i}`,
        file: module,
        line: (i % 100) * 10 + 1,
        outcome: failing ? 'failed' : i % 40 === 1 ? 'skipped' : 'passed',
        ...(failing ? { message: `assert ${i} == ${i + 1}`, details: `E   assert ${i} == ${i + 1}` } : {}),
        time: 0.001,
      }),
    )
  }
  const abi = `cp${version.split('.').slice(0, 2).join('')}${mode === 'standard' ? '' : 't'}`
  const head = {
    schema: 'setup-python-ft/leg@1',
    group,
    mode,
    version,
    abi,
    os,
    arch: 'x64',
    command: 'pytest',
    status: { exitCode: 0, signal: null, timedOut: false, durationSeconds: 1, segments: 1 },
    gil: { pythonGil: mode === 'freethreaded' ? '0' : null, enabledBy: [], undeclared: [], extensions: [] },
  }
  mkdirSync(path.dirname(file), { recursive: true })
  writeFileSync(file, `${JSON.stringify(head).slice(0, -1)},"tests":[${out.join(',')}],"reruns":{},"warnings":[]}`)
}

/** The compare sub-action over 3 OS x 4 versions x 3 modes of `count` tests, and over one group. */
export async function benchCompareScale(toolCache, count) {
  const dir = mkdtempSync(path.join(tmpdir(), 'spft-bench-compare-'))
  try {
    const all = path.join(dir, 'all')
    const one = path.join(dir, 'one')
    const include = []
    for (const os of ['linux', 'macos', 'windows']) {
      for (const minor of ['3.13', '3.14', '3.15', '3.16']) {
        for (const mode of ['standard', 'freethreaded', 'freethreaded-gil']) {
          const group = `Python ${minor} on ${os}-x64`
          const name = `setup-python-ft-${os}-x64-${minor}-${mode}`
          writeLeg(path.join(all, name, 'leg.json'), { group, mode, version: `${minor}.1`, os }, count)
          if (os === 'linux' && minor === '3.13') {
            writeLeg(path.join(one, name, 'leg.json'), { group, mode, version: `${minor}.1`, os }, count)
          }
          include.push({ group, mode })
        }
      }
    }
    const compare = async (artifactDir, legs) => {
      const matrix = JSON.stringify({ include: legs })
      const result = await measured(
        { matrix, 'artifact-dir': artifactDir, 'fail-on': 'never' },
        { toolCache, entry: 'dist/compare/index.js' },
        dir,
      )
      if (result.run.code !== 0) throw new Error(`the compare run failed:\n${result.run.stdout}`)
      return { seconds: result.seconds, rssMiB: result.rssMiB, divergences: Number(result.run.outputs.divergences) }
    }
    const group = await compare(
      one,
      include.filter((l) => l.group === 'Python 3.13 on linux-x64'),
    )
    const matrix = await compare(all, include)
    return { legs: include.length, count, group, matrix }
  } finally {
    rmSync(dir, { recursive: true, force: true })
  }
}

if (process.argv[1] === here) {
  const { prepareTestbed } = await import('../testbed/prepare.mjs')
  const { startServer } = await import('../testbed/server.mjs')
  const { freshToolCache, removeMadeFolders } = await import('../testbed/run-action.mjs')
  const what = process.argv[2] ?? 'setup'
  const count = Number(process.argv[3] ?? (what === 'setup' ? 1_000_000 : 50_000))
  const { root, version, cache } = prepareTestbed()
  const toolCache = freshToolCache()
  try {
    if (what === 'setup') {
      const server = await startServer(root)
      const inputs = {
        'python-version': version.split('.').slice(0, 2).join('.'),
        source: 'python-build-standalone',
        'pbs-latest-release-url': `${server.url}/pbs/latest-release.json`,
      }
      // Both builds into the tool cache first: the figures are of warm runs.
      if ((await runAction(inputs, { toolCache })).code !== 0) throw new Error('the install failed')
      console.log(
        JSON.stringify(await benchSetupScale(inputs, toolCache, path.join(cache, 'standard', 'bin', 'python3'), count)),
      )
      await server.close()
    } else console.log(JSON.stringify(await benchCompareScale(toolCache, count)))
  } finally {
    removeMadeFolders()
  }
}
