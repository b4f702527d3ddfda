// The command line (`setup-python-ft`, dist/cli/index.js) as a user runs it, under Node 24: a report
// the action wrote on the example (through the bundle, on the test bed's real interpreters) read back
// in a terminal's colours, to a pipe, as markdown and as JSON; one of its tests reproduced in the
// mode where it diverged, with the run's own free-threaded environment; bad flags, a report of
// another schema and a missing interpreter, each one line with exit code 2 or 3.
import { beforeAll, describe, expect, jest, test } from '@jest/globals'
import { spawnSync } from 'node:child_process'
import archiver from 'archiver'
import { copyFileSync, cpSync, createWriteStream, existsSync, mkdirSync, mkdtempSync, writeFileSync } from 'node:fs'
import { finished } from 'node:stream/promises'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { type ActionRun, node24, repoRoot, runAction } from './action.js'
import { useTestbed } from './testbed.js'

jest.setTimeout(600_000)

const bed = useTestbed({ toolCache: true })
let workspace: string
let run: ActionRun
let report: string

/** The command as a user runs it: the bundled file under Node 24, from the project's folder. */
function cli(args: string[], env: Record<string, string> = {}) {
  const result = spawnSync(node24, [path.join(repoRoot, 'dist', 'cli', 'index.js'), ...args], {
    cwd: workspace,
    encoding: 'utf8',
    env: { PATH: '/usr/bin:/bin', HOME: process.env.HOME ?? '', ...env },
  })
  return { code: result.status, out: result.stdout, err: result.stderr }
}

beforeAll(async () => {
  workspace = mkdtempSync(path.join(tmpdir(), 'spft-cli-'))
  cpSync(path.join(repoRoot, 'example'), workspace, {
    recursive: true,
    filter: (file) => !/(^|\/)(build|__pycache__|[^/]+\.egg-info)$/.test(file),
  })
  run = await runAction(
    {
      'python-version': bed.minor,
      ...bed.pbsInputs,
      modes: 'standard, freethreaded',
      install: 'pip install -q --disable-pip-version-check .[test]',
      run: 'pytest -q -p no:cacheprovider',
      timeout: '20s',
      'fail-on': 'never',
    },
    { toolCache: bed.toolCache, workdir: workspace },
  )
  report = run.outputs['report-path']
})

describe('setup-python-ft report', () => {
  test('to a pipe: the verdict, each divergence with its class, outcomes, reproduce command and full trace, the GIL', () => {
    const { code, out, err } = cli(['report', report])
    expect(err).toBe('')
    expect(code).toBe(1)
    expect(out.split('\n')[0]).toMatch(/^✗ The modes disagree: \d+ divergent tests$/)
    expect(out).toContain('tests/test_threads.py::test_counter_race')
    expect(out).toMatch(/test_counter_race {2}(Races without the GIL|Fails only on the free-threaded build)/)
    expect(out).toContain('reproduce: PYTHON_GIL=0 python3.13t -m pytest tests/test_threads.py::test_counter_race')
    // The trace in full, every line, indented: not only its first line or the Thread headers.
    expect(out).toMatch(/\n {4,}def test_counter_race\(/)
    expect(out).toMatch(/\n {4}E +assert/)
    expect(out).toContain('ftdemo._undeclared has not declared free-threading support')
    expect(out).not.toContain('\u001b[')
  })

  test('colours follow FORCE_COLOR and NO_COLOR; markdown and JSON on request', () => {
    expect(cli(['report', report], { FORCE_COLOR: '1' }).out).toContain('\u001b[31m✗')
    expect(cli(['report', report], { FORCE_COLOR: '1', NO_COLOR: '1' }).out).not.toContain('\u001b[')
    const markdown = cli(['report', '--format', 'markdown', report]).out
    expect(markdown.startsWith('## ✗ The modes disagree')).toBe(true)
    expect(markdown).toContain('```text\n')
    const json = JSON.parse(cli(['report', '--format', 'json', report]).out) as { schema: string }
    expect(json.schema).toBe('setup-python-ft/report@1')
    const junit = cli(['report', '--format', 'junit', report]).out
    expect(junit).toMatch(/^<\?xml version="1.0" encoding="utf-8"\?>\n<testsuites name="setup-python-ft">/)
    expect(junit).toContain('<testsuite name="Python 3.13 on linux-x64 · freethreaded"')
  })
})

describe('from the artifact', () => {
  test('its zip, as @actions/artifact packs it, and the folder gh run download unpacks it into', async () => {
    const fromFile = cli(['report', report]).out
    const zip = path.join(workspace, 'setup-python-ft-report.zip')
    const archive = archiver('zip', { zlib: { level: 6 } })
    const written = createWriteStream(zip)
    archive.pipe(written)
    archive.file(report, { name: 'report.json' })
    archive.append(JSON.stringify({ schema: 'setup-python-ft/leg@1' }), { name: 'legs/freethreaded/leg.json' })
    await archive.finalize()
    await finished(written)
    const fromZip = cli(['report', zip])
    expect(fromZip.code).toBe(1)
    // The same report; only the file named in each reproduce line differs.
    const withoutFile = (text: string) =>
      text.replace(/setup-python-ft reproduce \S+/g, 'setup-python-ft reproduce FILE')
    expect(fromZip.out).toContain('setup-python-ft reproduce setup-python-ft-report.zip tests/test_threads.py::')
    expect(withoutFile(fromZip.out)).toBe(withoutFile(fromFile))
    const folder = path.join(workspace, 'downloaded', 'setup-python-ft-report')
    mkdirSync(folder, { recursive: true })
    copyFileSync(report, path.join(folder, 'report.json'))
    const fromFolder = cli(['report', path.dirname(folder)])
    expect(withoutFile(fromFolder.out)).toBe(withoutFile(fromFile))
  })
})

describe('through npm exec', () => {
  test("the package's bin runs as npm runs it", () => {
    const npm = spawnSync(
      'npm',
      ['exec', '--yes', `--package=${repoRoot}`, '--', 'setup-python-ft', 'report', report],
      {
        cwd: workspace,
        encoding: 'utf8',
        env: { ...process.env, PATH: `${path.dirname(node24)}:${process.env.PATH ?? ''}` },
      },
    )
    expect(npm.stdout.split('\n')[0]).toMatch(/^✗ The modes disagree: \d+ divergent tests$/)
    expect(npm.status).toBe(1)
  })
})

describe('setup-python-ft reproduce', () => {
  test('runs the test in the mode where it diverged, with its PYTHON_GIL, until it fails', () => {
    const python = path.join(run.home, 'temp', 'setup-python-ft', 'run', 'venv', 'cp313t', 'bin', 'python')
    expect(existsSync(python)).toBe(true)
    const { code, out } = cli([
      'reproduce',
      report,
      'tests/test_threads.py::test_counter_race',
      '--interpreter',
      python,
      '--until-fail',
      '30',
    ])
    expect(out.split('\n')[0]).toBe(
      `freethreaded in Python 3.13 on linux-x64: PYTHON_GIL=0 ${python} -m pytest tests/test_threads.py::test_counter_race -p no:cacheprovider -q`,
    )
    expect(out).toMatch(/failed \(exit 1\) on run \d+ of at most 30: reproduced/)
    expect(code).toBe(1)
  })
})

describe('faults: one line each, exit 2 or 3', () => {
  test('a bad flag, a bad value, --help and --version', () => {
    const bad = cli(['report', '--bogus', report])
    expect(bad.code).toBe(2)
    expect(bad.err).toContain("error: unknown option '--bogus'")
    const format = cli(['report', '--format', 'xml', report])
    expect(format.code).toBe(2)
    expect(format.err).toContain(
      "error: option '--format <format>' argument 'xml' is invalid. Allowed choices are text, markdown, json, junit.",
    )
    expect(cli(['reproduce', report, 'x', '--until-fail', 'lots']).err).toBe(
      "setup-python-ft: --until-fail: 'lots' is not a number of runs; give 1 to 100000\n",
    )
    expect(cli(['--version']).out).toMatch(/^\d+\.\d+\.\d+\n$/)
    for (const args of [['--help'], ['report', '--help'], ['reproduce', '--help']]) {
      const help = cli(args)
      expect(help.code).toBe(0)
      expect(help.out).toMatch(/^Usage: setup-python-ft/)
    }
  })

  // The machine's own node (v20 here; the action's runs under the node package's 24).
  const olderNode = spawnSync('node', ['--version'], { encoding: 'utf8' }).stdout?.trim()
  const testOlder = olderNode && Number(olderNode.slice(1).split('.')[0]) < 22 ? test : test.skip
  testOlder(`an older Node (${olderNode}): one line that says what it needs, exit 3`, () => {
    const older = spawnSync('node', [path.join(repoRoot, 'dist', 'cli', 'index.js'), 'report', report], {
      encoding: 'utf8',
    })
    expect(older.status).toBe(3)
    expect(older.stdout).toBe('')
    expect(older.stderr).toBe(`setup-python-ft: needs Node 22 or newer; this is Node ${olderNode!.slice(1)}\n`)
  })

  test('a report of another schema, a test not in it, an interpreter that is not there', () => {
    const other = path.join(workspace, 'other.json')
    writeFileSync(other, JSON.stringify({ schema: 'setup-python-ft/leg@1' }))
    expect(cli(['report', other])).toEqual({
      code: 2,
      out: '',
      err: `setup-python-ft: ${other} is not a setup-python-ft report: its schema is "setup-python-ft/leg@1", this version reads setup-python-ft/report@1 (the action's report-path output)\n`,
    })
    expect(cli(['reproduce', report, 'tests/nope.py::test_x']).code).toBe(2)
    const missing = cli(['reproduce', report, 'tests/test_threads.py::test_counter_race'])
    expect(missing).toEqual({
      code: 3,
      out: '',
      err: 'setup-python-ft: no python3.13t on PATH and no cp313t venv of a run here: run setup-python-ft run first, install it (uv python install 3.13t) or give --interpreter\n',
    })
  })
})
