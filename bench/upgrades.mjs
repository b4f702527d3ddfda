// The upgrade lookup (src/dependencies/package-index.ts, compiled to build/ by compileSources): 20
// dependencies built from source asked about at once, against the test bed's PEP 691 index on
// 127.0.0.1 serving the real listings (each name an alias of numpy's 1.9 MB listing, the largest),
// each answer held 200 ms as a distant index's is; and a run where no dependency needs it. Goal: at
// most 2 s added for 20, nothing for none. Median of `runs`, each with a fresh lookup (no cache).
import path from 'node:path'
import { repoRoot } from '../testbed/run-action.mjs'
import { startPackageIndex } from '../testbed/package-index.mjs'

export async function benchUpgrades(runs = 5) {
  const { openPackageIndex } = await import(path.join(repoRoot, 'build', 'src', 'dependencies', 'package-index.js'))
  const names = Array.from({ length: 20 }, (_, i) => `dependency-${i + 1}`)
  const index = await startPackageIndex({ aliases: Object.fromEntries(names.map((n) => [n, 'numpy'])), delayMs: 200 })
  const platform = { os: 'linux', arch: 'x64', libc: 'gnu' }
  const needy = names.map((name) => ({ name, version: '1.0', wheel: 'built-here' }))
  const ready = names.map((name) => ({ name, version: '1.0', wheel: 'abi' }))
  const time = async (deps) => {
    const lookup = openPackageIndex({ url: index.url(), platform, deadlineMs: 5000 })
    const start = process.hrtime.bigint()
    const found = await lookup.upgrades(deps, 'cp313t')
    const ms = Number(process.hrtime.bigint() - start) / 1e6
    if (deps === needy && !found.every((d) => d.upgrade?.status === 'found')) throw new Error('a lookup failed')
    return ms
  }
  const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]
  const twenty = []
  const none = []
  let requestsForNone = 0
  try {
    for (let i = 0; i < runs; i++) {
      twenty.push(await time(needy))
      const before = index.requests.length
      none.push(await time(ready))
      requestsForNone += index.requests.length - before
    }
  } finally {
    await index.close()
  }
  return { twentyMs: median(twenty), noneMs: median(none), requestsForNone, goalMs: 2000, latencyMs: 200 }
}
