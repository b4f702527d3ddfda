// Modes that cannot see each other: the whole action with `isolation: copy` (every mode after the
// first in a copy of the workspace) against `isolation: shared`, three modes, on a small tree (1,000
// files, 4 MiB) and a large one at the copy limit's edge (19,000 files, 148 MiB: a checkout of a
// large project). The suite does nothing (python -c pass), so the difference is the copies' cost.
// Run by bench/run.mjs with the test bed's server inputs.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { runAction } from '../testbed/run-action.mjs'

/** files files of bytes each, 100 to a folder. */
function makeTree(files, bytes) {
  const root = mkdtempSync(path.join(tmpdir(), 'spft-bench-tree-'))
  const content = Buffer.alloc(bytes, 'x')
  for (let i = 0; i < files; i++) {
    const dir = path.join(root, `pkg${Math.floor(i / 100)}`)
    if (i % 100 === 0) mkdirSync(dir)
    writeFileSync(path.join(dir, `m${i}.py`), content)
  }
  return root
}

async function timed(inputs, toolCache, workdir, isolation) {
  const start = process.hrtime.bigint()
  const run = await runAction({ ...inputs, isolation }, { toolCache, workdir })
  const seconds = Number(process.hrtime.bigint() - start) / 1e9
  if (run.code !== 0) throw new Error(`the isolation bench run failed:\n${run.stdout}`)
  const copied = /^isolation: .* \((\d+) files, ([\d.]+) MiB, ([\d.]+) s\)$/m.exec(run.stdout)
  return { seconds, copySeconds: copied ? Number(copied[3]) : 0 }
}

export async function benchIsolation(inputs, toolCache, runs = 3) {
  const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]
  const all = { ...inputs, modes: 'standard, freethreaded, freethreaded-gil', run: 'python -c pass' }
  const result = {}
  for (const [name, files, bytes] of [
    ['small', 1000, 4096],
    ['large', 19_000, 8192],
  ]) {
    const tree = makeTree(files, bytes)
    const copy = []
    const shared = []
    const copySeconds = []
    try {
      for (let i = 0; i < runs; i++) {
        const copied = await timed(all, toolCache, tree, 'copy')
        copy.push(copied.seconds)
        copySeconds.push(copied.copySeconds)
        shared.push((await timed(all, toolCache, tree, 'shared')).seconds)
      }
    } finally {
      rmSync(tree, { recursive: true, force: true })
    }
    result[name] = {
      files,
      mib: (files * bytes) / 1024 ** 2,
      copy: median(copy),
      shared: median(shared),
      copiesSeconds: median(copySeconds),
      ratio: median(copy) / median(shared),
    }
  }
  return result
}
