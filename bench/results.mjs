// Large results: two pytest JUnit files (xunit1) of N tests each, streamed, compared and reported
// (JSON report, summary, annotations) in a fresh Node 24 process, which reports its time and peak RSS.
// Run by bench/run.mjs; alone: node bench/results.mjs 100000
import { execFileSync } from 'node:child_process'
import { createWriteStream, mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { node24, repoRoot } from '../testbed/run-action.mjs'

const here = fileURLToPath(import.meta.url)

/** Writes a pytest-style JUnit file (xunit1, file and line); the tests for which fails(i) is true fail. */
export async function writeJunit(file, count, fails) {
  const out = createWriteStream(file)
  const write = (text) => (out.write(text) ? undefined : new Promise((r) => out.once('drain', r)))
  await write('<?xml version="1.0" encoding="utf-8"?><testsuites name="pytest tests"><testsuite name="pytest">\n')
  for (let i = 0; i < count; i++) {
    const module = `tests/test_module_${Math.floor(i / 100)}.py`
    const open = `<testcase classname="${module.slice(0, -3).replace(/\//g, '.')}" name="test_case_${i}[param-${i % 7}]" file="${module}" line="${(i % 100) * 10}" time="0.00${i % 9}"`
    if (fails(i)) {
      await write(
        `${open}><failure message="assert ${i} == ${i + 1}">def test_case_${i}():\n&gt;       assert ${i} == ${i + 1}\nE       assert ${i} == ${i + 1}\n\n${module}:${(i % 100) * 10 + 3}: AssertionError</failure></testcase>\n`,
      )
    } else if (i % 40 === 1) {
      await write(`${open}><skipped type="pytest.skip" message="not here">${module}:1: not here</skipped></testcase>\n`)
    } else await write(`${open}/>\n`)
  }
  await write('</testsuite></testsuites>\n')
  await new Promise((resolve) => out.end(resolve))
}

/** In the child: parse both files, compare, write every report, print {ms, maxRssMiB}. */
async function measure(dir) {
  const build = path.join(repoRoot, 'build', 'src')
  const { readJunit } = await import(path.join(build, 'results', 'junit.js'))
  const { compare } = await import(path.join(build, 'compare', 'comparison.js'))
  const { writeReport } = await import(path.join(build, 'report', 'json-report.js'))
  const { renderSummary } = await import(path.join(build, 'report', 'summary.js'))
  const { planAnnotations } = await import(path.join(build, 'report', 'annotations.js'))
  const { keepYoungGenerationSmall } = await import(path.join(build, 'results', 'memory.js'))
  // The unit tests' leg builder (compiled with the sources): a leg as the run stage writes it.
  const { leg } = await import(path.join(repoRoot, 'build', '__tests__', 'compare', 'helpers.js'))
  const start = process.hrtime.bigint()
  keepYoungGenerationSmall()
  const legs = []
  for (const mode of ['standard', 'freethreaded']) {
    const tests = []
    await readJunit(path.join(dir, `${mode}.xml`), (t) => tests.push(t))
    legs.push(leg(mode, {}, { tests }))
  }
  const comparison = compare(legs, { requireGilDisabled: false })
  writeReport(comparison, path.join(dir, 'report.json'))
  renderSummary(comparison, { step: {}, workspace: dir })
  planAnnotations(comparison, 1)
  const ms = Number(process.hrtime.bigint() - start) / 1e6
  const maxRssMiB = process.resourceUsage().maxRSS / 1024
  console.log(JSON.stringify({ ms, maxRssMiB, divergences: comparison.divergences }))
}

/** Compiles src/ (and the tests' helpers) for the child: tsc into build/. */
export function compileSources() {
  execFileSync(
    path.join(repoRoot, 'node_modules', '.bin', 'tsc'),
    ['-p', repoRoot, '--outDir', path.join(repoRoot, 'build')],
    {
      stdio: 'inherit',
    },
  )
}

/** Median of `runs` measurements for `count` tests per file. */
export async function benchResults(count, runs = 3) {
  const dir = mkdtempSync(path.join(tmpdir(), 'spft-bench-results-'))
  try {
    // Some fail everywhere; some only in freethreaded, so that they diverge.
    await writeJunit(path.join(dir, 'standard.xml'), count, (i) => i % 50 === 0)
    await writeJunit(path.join(dir, 'freethreaded.xml'), count, (i) => i % 50 === 0 || i % 97 === 0)
    const results = []
    for (let i = 0; i < runs; i++) {
      const out = execFileSync(node24, [here, '--measure', dir], { encoding: 'utf8' })
      results.push(JSON.parse(out.trim().split('\n').pop()))
    }
    results.sort((a, b) => a.ms - b.ms)
    return results[Math.floor(runs / 2)]
  } finally {
    rmSync(dir, { recursive: true, force: true })
  }
}

if (process.argv[2] === '--measure') await measure(process.argv[3])
else if (process.argv[1] === here) {
  compileSources()
  console.log(await benchResults(Number(process.argv[2] ?? 100_000)))
}
