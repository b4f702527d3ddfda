// The freethreaded-tsan mode through the bundle: the action builds a free-threaded CPython with
// ThreadSanitizer from the source tarball the test bed serves in python.org's layout (repacked from
// Debian's source), keeps it with its own directory cache (cache-dir, kept between test runs in the
// test bed's cache, so a second `npm test` restores instead of building), runs the example under it
// and reports the data race of ftdemo/_tally.c at its line, in the test that ran it.
import { afterAll, beforeAll, describe, expect, jest, test } from '@jest/globals'
import { execFile, execFileSync, spawn } from 'node:child_process'
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { hostname, tmpdir } from 'node:os'
import path from 'node:path'
import { promisify } from 'node:util'
// @ts-expect-error plain ESM helper without types
import { startServer } from '../../testbed/server.mjs'
// @ts-expect-error plain ESM helper without types
import { startCacheService } from '../../testbed/cache-service.mjs'
import { type ActionRun, node24, repoRoot, runAction, type RunOptions } from './action.js'
import { readReport, useTestbed, type Server } from './testbed.js'

jest.setTimeout(1_800_000)

interface Finding {
  kind: string
  modes: string[]
  blocking: boolean
  place?: string
  tsan?: { kind: string; tests: string[]; place?: { file?: string; line?: number }; count: number }
}

const bed = useTestbed()
let workspace: string
/** A tool cache of its own, kept between test runs like the cache-dir: only its TSan folder is removed. */
let toolCache: string
/** The action's directory cache of the TSan interpreter, kept between test runs. */
let cacheDir: string
const made: string[] = []

const RACE_LINE =
  readFileSync(path.join(repoRoot, 'example/src/ftdemo/_tally.c'), 'utf8')
    .split('\n')
    .findIndex((line) => line.includes('tally = tally + 1')) + 1

beforeAll(() => {
  toolCache = path.join(bed.cache, 'tsan-toolcache')
  cacheDir = path.join(bed.cache, 'tsan-cache')
  workspace = mkdtempSync(path.join(tmpdir(), 'spft-tsan-'))
  made.push(workspace)
  cpSync(path.join(repoRoot, 'example'), workspace, {
    recursive: true,
    filter: (file) => !/(^|\/)(build|__pycache__|[^/]+\.egg-info)$/.test(file),
  })
})

afterAll(() => {
  for (const dir of made) rmSync(dir, { recursive: true, force: true })
})

/** The example under standard, freethreaded and freethreaded-tsan; the TSan interpreter is never in the tool cache before. */
function suite(inputs: Record<string, string> = {}, tools = toolCache): Promise<ActionRun> {
  rmSync(path.join(tools, 'setup-python-ft-tsan'), { recursive: true, force: true })
  return runAction(
    {
      'python-version': bed.minor,
      ...bed.pbsInputs,
      modes: 'standard, freethreaded, freethreaded-tsan',
      install: 'pip install -q --disable-pip-version-check .[test]',
      run: 'pytest -q -p no:cacheprovider tests/test_tally.py tests/test_everywhere.py',
      'cpython-source-mirror': `${bed.server.url}/cpython-verified`,
      'cache-dir': cacheDir,
      ...inputs,
    },
    { toolCache: tools, workdir: workspace },
  )
}

/** test_tally.py alone under freethreaded-tsan, the interpreter left in the tool cache as it is. */
function tallyUnderTsan(inputs: Record<string, string>, options: RunOptions): Promise<ActionRun> {
  return runAction(
    {
      'python-version': bed.minor,
      ...bed.pbsInputs,
      modes: 'freethreaded-tsan',
      install: 'pip install -q --disable-pip-version-check .[test]',
      run: 'pytest -q -p no:cacheprovider tests/test_tally.py',
      'cpython-source-mirror': `${bed.server.url}/cpython-verified`,
      ...inputs,
    },
    options,
  )
}

function findings(run: ActionRun): Finding[] {
  const report = readReport<{ groups: { findings: Finding[] }[] }>(run)
  return report.groups[0].findings
}

describe('freethreaded-tsan on the example', () => {
  let first: ActionRun
  let second: ActionRun

  beforeAll(async () => {
    first = await suite()
    second = await suite()
  })

  test('reports the data race of _tally.c at its line, in the test that ran it, in the TSan mode only', () => {
    expect(first.stderr).toBe('')
    const races = findings(first).filter((f) => f.kind === 'thread-sanitizer')
    const tally = races.find((f) => f.tsan?.place?.file === 'src/ftdemo/_tally.c')
    expect(tally).toMatchObject({
      modes: ['freethreaded-tsan'],
      blocking: true,
      place: `data race at src/ftdemo/_tally.c:${RACE_LINE} in bump`,
      tsan: { kind: 'data race', tests: ['tests.test_tally::test_tally_grows'] },
    })
    // Blocking: the step fails although every test passed where it passes.
    expect(first.code).toBe(1)
    expect(first.outputs.outcome).toBe('diverged')
    expect(first.stdout).toContain(
      `::error title=ThreadSanitizer,file=src/ftdemo/_tally.c,line=${RACE_LINE}::ThreadSanitizer: data race at src/ftdemo/_tally.c:${RACE_LINE} in bump, in tests.test_tally::test_tally_grows`,
    )
    expect(first.summary).toContain('#### ThreadSanitizer')
    expect(first.summary).toMatch(/data race at src\/ftdemo\/_tally\.c:\d+ in bump/)
    // The plain modes see nothing, and the test itself passed everywhere.
    expect(races.every((f) => f.modes.every((m) => m === 'freethreaded-tsan'))).toBe(true)
    const report = readReport<{
      groups: { tests: { id: string; outcomes: Record<string, string> }[] }[]
    }>(first)
    const row = report.groups[0].tests.find((t) => t.id === 'tests.test_tally::test_tally_grows')
    expect(row?.outcomes).toEqual({ standard: 'passed', freethreaded: 'passed', 'freethreaded-tsan': 'passed' })
  })

  test('the second run restores the interpreter from the cache and does not build', () => {
    expect(second.stdout).toMatch(
      /ThreadSanitizer interpreter of 3\.13\.\d+: restored setup-python-ft-tsan-linux-x64-3\.13\.\d+-gcc-/,
    )
    expect(second.stdout).not.toContain('building it')
    expect(second.outputs['tsan-cache-hit']).toBe('true')
    expect(findings(second).some((f) => f.tsan?.place?.file === 'src/ftdemo/_tally.c')).toBe(true)
  })
})

describe("a pull request's run (pull_request_target)", () => {
  test('builds its interpreter and uses it, but keeps it nowhere: no cache entry, no complete marker', async () => {
    const emptyCache = mkdtempSync(path.join(tmpdir(), 'spft-tsan-pr-cache-'))
    const tools = mkdtempSync(path.join(tmpdir(), 'spft-tsan-pr-tools-'))
    made.push(emptyCache, tools)
    const payload = path.join(emptyCache, '..', `event-${path.basename(emptyCache)}.json`)
    writeFileSync(
      payload,
      JSON.stringify({ pull_request: { number: 7, base: { ref: 'main' }, head: { repo: { fork: true } } } }),
    )
    made.push(payload)
    const run = await tallyUnderTsan(
      { 'cache-dir': emptyCache },
      {
        toolCache: tools,
        workdir: workspace,
        env: {
          GITHUB_EVENT_NAME: 'pull_request_target',
          GITHUB_EVENT_PATH: payload,
          GITHUB_REF: 'refs/heads/main',
          GITHUB_BASE_REF: 'main',
        },
      },
    )
    expect(run.stdout).toContain('building it')
    expect(run.stdout).toMatch(
      /ThreadSanitizer interpreter of 3\.13\.\d+: built by a read-only run \(pull request \(pull_request_target\)\): not kept for later runs/,
    )
    expect(findings(run).some((f) => f.tsan?.place?.file === 'src/ftdemo/_tally.c')).toBe(true)
    expect(readdirSync(emptyCache)).toEqual([])
    const dir = path.join(tools, 'setup-python-ft-tsan', bed.version, 'x64')
    expect(existsSync(`${dir}.complete`)).toBe(false)
    expect(run.summary.replace(/\\([^\sA-Za-z0-9])/g, '$1')).toContain(
      'Read-only cache: pull request (pull_request_target).',
    )
  })
})

describe('an interpreter half-made in the tool cache', () => {
  test('is made again (restored), after waiting for the live job that holds its lock', async () => {
    // The tool cache as the run above left it, then as a job killed half-way through a restore
    // leaves it (no marker beside the folder, part of the tree), while another job holds the lock.
    const dir = path.join(toolCache, 'setup-python-ft-tsan', bed.version, 'x64')
    expect(JSON.parse(readFileSync(`${dir}.complete`, 'utf8'))).toEqual({
      key: expect.stringMatching(/^setup-python-ft-tsan-/),
    })
    rmSync(`${dir}.complete`)
    rmSync(path.join(dir, 'bin'), { recursive: true })
    // Long enough for the action to reach the lock on a loaded runner; short enough to wait out.
    const holder = spawn('sleep', ['30'])
    writeFileSync(`${dir}.lock`, `${holder.pid}@${hostname().replace(/[^\w.-]/g, '_')}`)
    const run = await tallyUnderTsan({ 'cache-dir': cacheDir }, { toolCache, workdir: workspace })
    expect(run.stdout).toContain(`waiting for ${holder.pid}@`)
    expect(run.stdout).toMatch(/ThreadSanitizer interpreter of 3\.13\.\d+: restored setup-python-ft-tsan-/)
    expect(run.stdout).not.toContain('building it')
    expect(run.outputs['tsan-cache-hit']).toBe('true')
    expect(existsSync(`${dir}.complete`)).toBe(true)
    expect(existsSync(`${dir}.lock`)).toBe(false)
    expect(findings(run).some((f) => f.tsan?.place?.file === 'src/ftdemo/_tally.c')).toBe(true)
  })
})

describe('through the Actions cache service', () => {
  test('an interpreter another job saved is restored by the real @actions/cache into an empty tool cache', async () => {
    const service = (await startCacheService()) as {
      env: () => Record<string, string>
      entries: Map<string, { key: string; finalized: boolean }>
      close: () => Promise<void>
    }
    try {
      const tools = mkdtempSync(path.join(tmpdir(), 'spft-tsan-actions-'))
      made.push(tools)
      const kept = path.join(toolCache, 'setup-python-ft-tsan', bed.version, 'x64')
      const dir = path.join(tools, 'setup-python-ft-tsan', bed.version, 'x64')
      const { key } = JSON.parse(readFileSync(`${kept}.complete`, 'utf8')) as { key: string }
      cpSync(kept, dir, { recursive: true, verbatimSymlinks: true })
      // Saved as the job that built it saves it: the same library, paths and workspace.
      const save = `import { saveCache } from '@actions/cache'; if ((await saveCache([${JSON.stringify(dir)}], ${JSON.stringify(key)})) === -1) process.exit(1)`
      // Not execFileSync: the stand-in answers from this process's event loop.
      await promisify(execFile)(node24, ['--input-type=module', '-e', save], {
        cwd: repoRoot,
        env: { ...process.env, ...service.env(), GITHUB_WORKSPACE: workspace, RUNNER_TEMP: tools },
      })
      expect([...service.entries.values()].filter((e) => e.finalized).map((e) => e.key)).toEqual([key])
      rmSync(path.join(tools, 'setup-python-ft-tsan'), { recursive: true })
      const run = await tallyUnderTsan({}, { toolCache: tools, workdir: workspace, env: service.env() })
      expect(run.stdout).toContain(
        `ThreadSanitizer interpreter of ${bed.version}: restored ${key} from the Actions cache`,
      )
      expect(run.stdout).not.toContain('building it')
      expect(run.outputs['tsan-cache-hit']).toBe('true')
      expect(existsSync(`${dir}.complete`)).toBe(true)
      expect(findings(run).some((f) => f.tsan?.place?.file === 'src/ftdemo/_tally.c')).toBe(true)
    } finally {
      await service.close()
    }
  })
})

describe('a build that fails, and bad inputs', () => {
  let broken: Server
  let mirror: string

  beforeAll(async () => {
    // A "source tarball" whose configure fails at once, served where no SHA256SUMS is.
    mirror = mkdtempSync(path.join(tmpdir(), 'spft-tsan-mirror-'))
    made.push(mirror)
    const source = path.join(mirror, 'src', `Python-${bed.version}`)
    mkdirSync(source, { recursive: true })
    writeFileSync(
      path.join(source, 'configure'),
      '#!/bin/sh\necho "checking for a C compiler... none"\necho "configure: error: no acceptable C compiler found in \\$PATH" >&2\nexit 1\n',
      {
        mode: 0o755,
      },
    )
    mkdirSync(path.join(mirror, 'served', bed.version), { recursive: true })
    execFileSync('tar', [
      '-cJf',
      path.join(mirror, 'served', bed.version, `Python-${bed.version}.tar.xz`),
      '-C',
      path.join(mirror, 'src'),
      `Python-${bed.version}`,
    ])
    broken = (await startServer(path.join(mirror, 'served'))) as Server
  })
  afterAll(() => broken.close())

  test('is one error with the end of its log, leaves nothing behind, and the other modes still run', async () => {
    const tools = mkdtempSync(path.join(tmpdir(), 'spft-tsan-tools-'))
    made.push(tools)
    const run = await suite(
      {
        'cpython-source-mirror': broken.url,
        'cache-dir': path.join(mirror, 'cache'),
        run: 'pytest -q -p no:cacheprovider tests/test_everywhere.py',
      },
      tools,
    )
    expect(run.code).toBe(1)
    expect(run.errors).toEqual([expect.any(String), '::error::1 problem above kept modes from running'])
    expect(run.errors[0]).toMatch(
      new RegExp(
        `^::error::modes: freethreaded-tsan could not get its interpreter for ${bed.version.replace(/\./g, '\\.')}: configure failed \\(exit 1\\); the end of its log`,
      ),
    )
    expect(run.errors[0]).toContain('configure: error: no acceptable C compiler found')
    expect(run.stdout).toContain(`::notice::${broken.url}/${bed.version}/Python-${bed.version}.tar.xz was not verified`)
    const report = readReport<{
      groups: { modes: { mode: string }[] }[]
    }>(run)
    expect(report.groups[0].modes.map((m) => m.mode)).toEqual(['standard', 'freethreaded'])
    expect(execFileSync('find', [tools, '-path', '*setup-python-ft-tsan*'], { encoding: 'utf8' })).toBe('')
  })

  test('a tarball that is not the pinned one is refused before it is built', async () => {
    const tools = mkdtempSync(path.join(tmpdir(), 'spft-tsan-tools-'))
    made.push(tools)
    const run = await suite(
      { 'cpython-source-sha256': '0'.repeat(64), 'cache-dir': path.join(mirror, 'cache2') },
      tools,
    )
    expect(run.errors[0]).toMatch(
      /::error::modes: freethreaded-tsan could not get its interpreter for .*: cpython-source-mirror: checksum mismatch for Python-.*\.tar\.xz: expected sha256 0{64}/,
    )
    expect(run.stdout).not.toContain('ThreadSanitizer build of')
  })

  test.each([
    [{ 'cpython-source-sha256': 'abc' }, "::error::cpython-source-sha256: 'abc' is not a sha256"],
    [{ 'tsan-suppressions': 'tsan.supp' }, "::error::tsan-suppressions: 'tsan.supp' is not a file"],
    [
      { 'cpython-source-mirror': 'ftp://mirror' },
      "::error::cpython-source-mirror: 'ftp://mirror' is not a valid http(s) URL",
    ],
  ])('%o', async (inputs, message) => {
    const before = bed.server.requests.length
    const tools = mkdtempSync(path.join(tmpdir(), 'spft-tsan-tools-'))
    made.push(tools)
    const run = await suite(inputs, tools)
    expect(run.code).toBe(1)
    expect(run.errors).toEqual([expect.stringContaining(message)])
    expect(bed.server.requests.length).toBe(before)
  })
})
