// Bad run inputs through the bundle, with both builds already in the tool cache (where nothing
// stands between the inputs and the run): one ::error:: line naming the input and what is valid,
// exit 1, before anything is fetched, installed or run.
import { beforeAll, describe, expect, jest, test } from '@jest/globals'
import { readdirSync, statSync } from 'node:fs'
import path from 'node:path'
import { freshToolCache, repoRoot, runAction } from './action.js'
import { useTestbed } from './testbed.js'

jest.setTimeout(240_000)

const bed = useTestbed({ toolCache: true })
const example = path.join(repoRoot, 'example')

/** Every path in the tool cache with its modification time: any change shows. */
function snapshot(dir: string): string[] {
  const out: string[] = []
  const walk = (at: string, depth: number) => {
    for (const name of readdirSync(at).sort()) {
      const file = path.join(at, name)
      const stat = statSync(file)
      out.push(`${path.relative(dir, file)} ${stat.mtimeMs}`)
      if (stat.isDirectory() && depth < 4) walk(file, depth + 1)
    }
  }
  walk(dir, 0)
  return out
}

beforeAll(async () => {
  const install = await runAction({ ...bed.pbsInputs, 'python-version': bed.minor }, { toolCache: bed.toolCache })
  expect(install.code).toBe(0)
})

async function expectRefused(inputs: Record<string, string>, pattern: RegExp, entry?: string) {
  const before = snapshot(bed.toolCache)
  const requests = bed.server.requests.length
  const run = await runAction(
    { ...bed.pbsInputs, 'python-version': bed.minor, run: 'pytest -q', ...inputs },
    { toolCache: bed.toolCache, workdir: example, entry },
  )
  expect(run.errors).toEqual([expect.stringMatching(pattern)])
  expect(run.code).toBe(1)
  expect(run.stdout).not.toContain('Running ')
  expect(run.stdout).not.toMatch(/\n\s+at .+:\d+:\d+/)
  expect(run.summary).toBe('')
  expect(run.outputs).toEqual({})
  expect(bed.server.requests.length).toBe(requests)
  expect(snapshot(bed.toolCache)).toEqual(before)
  return run
}

describe('bad run inputs fail before anything is installed or run', () => {
  test.each([
    [
      'modes',
      'turbo',
      /^::error::modes: 'turbo' is not a mode; use standard, freethreaded, freethreaded-gil, standard-stress, freethreaded-stress, freethreaded-tsan$/,
    ],
    ['modes', 'standard, standard', /^::error::modes: 'standard' is listed twice; list each mode once/],
    ['gil', 'maybe', /^::error::gil: 'maybe' is not valid; use one of: force-off, detect$/],
    ['timeout', 'soon', /^::error::timeout: 'soon' is not a duration; use minutes \(30\) or a unit: 90s, 10m, 1h$/],
    ['rerun', '99', /^::error::rerun: '99' is not valid; use a whole number from 0 to 20$/],
    [
      'stress-reruns',
      '51',
      /^::error::stress-reruns: '51' is not valid; use a whole number from 0 \(no reruns: every failure under threads stays undecided\) to 50$/,
    ],
    [
      'rerun-budget',
      'a while',
      /^::error::rerun-budget: 'a while' is not a duration; use minutes \(30\) or a unit: 90s, 10m, 1h$/,
    ],
    [
      'fail-on',
      'sometimes',
      /^::error::fail-on: 'sometimes' is not valid; use one of: divergence, flaky, failure, never$/,
    ],
    ['junit', 'perhaps', /^::error::junit: 'perhaps' is not valid; use true or false$/],
    ['shell', 'fish', /^::error::shell: 'fish' is not valid; use one of: bash, sh, pwsh, cmd, python$/],
    ['env', 'NOT A PAIR', /^::error::env: 'NOT A PAIR' is not KEY=value$/],
    ['env', 'PYTHON_GIL=0', /^::error::env: PYTHON_GIL is set per mode by the action; choose modes and gil instead$/],
    ['working-directory', 'no/such/dir', /^::error::working-directory: 'no\/such\/dir' is not a directory/],
    [
      'builds',
      'standard',
      /^::error::modes: freethreaded runs on the freethreaded build, but python-version '3\.13' installs only standard/,
    ],
    ['stress-threads', '1', /^::error::stress-threads: '1' is not valid; use a whole number from 2 to 256, or auto/],
    [
      'stress-iterations',
      'many',
      /^::error::stress-iterations: 'many' is not valid; use a whole number from 1 to 10000$/,
    ],
    ['results', 'out/*.xml', /^::error::results: the modes run at the same time, so each needs its own files/],
    ['artifact', 'a/b:c', /^::error::artifact: 'a\/b:c' holds "\/", which artifact names cannot; use letters/],
  ])('%s: %s', async (input, value, pattern) => {
    await expectRefused({ [input]: value }, pattern)
  })

  test('a stress mode needs pytest', async () => {
    await expectRefused(
      { modes: 'standard, freethreaded-stress', run: 'python -m unittest' },
      /^::error::modes: freethreaded-stress run each test in threads through pytest-run-parallel, but run is not a pytest command/,
    )
  })

  test('and before any download, with an empty tool cache', async () => {
    const empty = freshToolCache()
    const requests = bed.server.requests.length
    const run = await runAction(
      { ...bed.pbsInputs, 'python-version': bed.minor, run: 'pytest', modes: 'turbo' },
      { toolCache: empty, workdir: example },
    )
    expect(run.errors).toHaveLength(1)
    expect(run.code).toBe(1)
    expect(bed.server.requests.length).toBe(requests)
    expect(readdirSync(empty)).toEqual([])
  })

  test('the matrix and compare sub-actions refuse the same values the same way', async () => {
    const matrix = await runAction(
      { ...bed.pbsInputs, 'python-version': bed.minor, modes: 'standard, standard' },
      { toolCache: bed.toolCache, entry: 'dist/matrix/index.js' },
    )
    expect(matrix.errors).toEqual([expect.stringMatching(/^::error::modes: 'standard' is listed twice/)])
    expect(matrix.outputs).toEqual({})
    const compare = await runAction(
      { artifact: 'legs/*' },
      { toolCache: bed.toolCache, entry: 'dist/compare/index.js' },
    )
    expect(compare.errors).toEqual([expect.stringMatching(/^::error::artifact: 'legs\/\*' holds "\/"/)])
    expect(compare.code).toBe(1)
  })
})

describe('a summary claims agreement only when two modes produced results', () => {
  test('one mode alone says that nothing was compared', async () => {
    const run = await runAction(
      { ...bed.pbsInputs, 'python-version': bed.minor, modes: 'standard', run: 'python -c "print(1)"' },
      { toolCache: bed.toolCache, workdir: example },
    )
    expect(run.code).toBe(0)
    expect(run.outputs.outcome).toBe('not-compared')
    expect(run.summary).toContain('## ➖ nothing was compared')
    expect(run.summary).not.toContain('agrees')
    expect(run.stdout).toContain('::notice::Nothing was compared')
  })
})
