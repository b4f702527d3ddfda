// Two modes at once: the whole action (warm tool cache, venvs, run, compare, report) running a suite
// that keeps one core busy, with modes "standard, freethreaded", against each mode alone. The
// naive sequential way would be the sum of the two, about 2x the slower one.
// Run by bench/run.mjs with the test bed's server inputs; alone: node bench/modes.mjs
import { runAction } from '../testbed/run-action.mjs'

// Pure-Python work, the same amount in every mode: ~10 s on one core of this machine.
const SUITE = 'python -c "import sys; sys.exit(0 if sum(i * i % 7 for i in range(60_000_000)) else 1)"'

async function timed(inputs, toolCache) {
  const start = process.hrtime.bigint()
  const run = await runAction({ ...inputs, run: SUITE, 'fail-on': 'never' }, { toolCache })
  const seconds = Number(process.hrtime.bigint() - start) / 1e9
  if (run.code !== 0) throw new Error(`the bench run failed:\n${run.stdout}`)
  return seconds
}

/** Median of `runs` each: standard alone, freethreaded alone, both together. */
export async function benchModes(inputs, toolCache, runs = 3) {
  const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]
  const times = { standard: [], freethreaded: [], both: [] }
  for (let i = 0; i < runs; i++) {
    times.standard.push(await timed({ ...inputs, modes: 'standard' }, toolCache))
    times.freethreaded.push(await timed({ ...inputs, modes: 'freethreaded' }, toolCache))
    times.both.push(await timed({ ...inputs, modes: 'standard, freethreaded' }, toolCache))
  }
  const standard = median(times.standard)
  const freethreaded = median(times.freethreaded)
  const both = median(times.both)
  return { standard, freethreaded, both, ratio: both / Math.max(standard, freethreaded), limit: 1.15 }
}
