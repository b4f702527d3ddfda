// One scratch folder per test or bench run, so neither can fill the disk. Jest's globalSetup
// makes it and points TMPDIR at it (os.tmpdir() and Python's tempfile both read TMPDIR, and the
// workers inherit it); globalTeardown removes it. bench/run.mjs does the same for itself. A run
// that was killed leaves its folder behind, so each start removes the folders of runs whose
// process is gone.
import { mkdtempSync, readdirSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'

const PREFIX = 'spft-tests-'

function alive(pid) {
  try {
    process.kill(pid, 0)
    return true
  } catch (error) {
    return error.code === 'EPERM'
  }
}

/** Removes the scratch folders of earlier runs whose process is gone. */
export function sweepStaleScratch(parent = tmpdir()) {
  const removed = []
  for (const name of readdirSync(parent)) {
    const owner = new RegExp(`^${PREFIX}(\\d+)-`).exec(name)
    if (!owner || alive(Number(owner[1]))) continue
    rmSync(path.join(parent, name), { recursive: true, force: true })
    removed.push(name)
  }
  return removed
}

export function makeScratch(parent = tmpdir()) {
  return mkdtempSync(path.join(parent, `${PREFIX}${process.pid}-`))
}

export default function globalSetup() {
  sweepStaleScratch()
  const scratch = makeScratch()
  process.env.SETUP_PYTHON_FT_TEST_SCRATCH = scratch
  process.env.TMPDIR = scratch
}

export function teardown() {
  const scratch = process.env.SETUP_PYTHON_FT_TEST_SCRATCH
  if (scratch) rmSync(scratch, { recursive: true, force: true })
}
