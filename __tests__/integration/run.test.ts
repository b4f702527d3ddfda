// The run, compare and report stages through the bundle, as a runner runs it, on the test bed's
// real interpreters and the example project's real divergences.
import { beforeAll, describe, expect, jest, test } from '@jest/globals'
import { existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { type ActionRun, repoRoot, runAction } from './action.js'
import { readReport, useTestbed } from './testbed.js'

jest.setTimeout(600_000)

const bed = useTestbed({ toolCache: true })
const example = path.join(repoRoot, 'example')
const INSTALL = 'pip install -q --disable-pip-version-check .[test]'

interface Report {
  schema: string
  outcome: string
  divergences: number
  groups: {
    group: string
    modes: {
      mode: string
      abi: string
      gilStayedOff: boolean | null
      status: { signal: string | null; timedOut: boolean }
      dependencies?: { name: string; wheel: string; reEnablesGil?: string[] }[]
    }[]
    findings: { kind: string; message: string; blocking: boolean; module?: string }[]
    tests: {
      id: string
      nodeid?: string
      file?: string
      line?: number
      outcomes: Record<string, string>
      reruns?: Record<string, string[]>
      divergence: string | null
      flaky?: boolean
    }[]
  }[]
}

function suite(inputs: Record<string, string>, workdir = example): Promise<ActionRun> {
  return runAction({ 'python-version': bed.minor, ...bed.pbsInputs, ...inputs }, { toolCache: bed.toolCache, workdir })
}

function report(run: ActionRun): Report {
  return readReport<Report>(run)
}

/** A project of one test file, tests/<name>, in a folder of its own. */
function testProject(name: string, lines: string[]): string {
  const project = mkdtempSync(path.join(tmpdir(), 'spft-project-'))
  mkdirSync(path.join(project, 'tests'))
  writeFileSync(path.join(project, 'tests', name), lines.join('\n'))
  return project
}

function testRow(r: Report, id: string) {
  const row = r.groups[0].tests.find((t) => t.id === id)
  if (!row) throw new Error(`${id} is not in the report: ${r.groups[0].tests.map((t) => t.id).join(', ')}`)
  return row
}

/** Lines the runner would take as workflow commands. */
function commandLines(stdout: string): string[] {
  return stdout.split('\n').filter((line) => line.trimStart().startsWith('::'))
}

describe('the example project under three modes, with a rerun', () => {
  let run: ActionRun
  let r: Report

  beforeAll(async () => {
    run = await suite({
      modes: 'standard, freethreaded, freethreaded-gil',
      install: INSTALL,
      run: 'pytest -q -p no:cacheprovider',
      timeout: '25s',
      rerun: '1',
    })
    r = report(run)
  })

  test('the step fails on the divergences, with outputs', () => {
    expect(run.code).toBe(1)
    expect(run.outputs.divergences).toBe('3')
    expect(run.outputs.outcome).toBe('diverged')
    expect(run.errors.at(-1)).toBe('::error::The modes disagree: 3 divergent tests (fail-on: divergence)')
  })

  test('each divergence is annotated at its test, with the outcome in every mode', () => {
    const crash = run.errors.find((l) => l.startsWith('::error title=Crashed,'))
    if (!crash) throw new Error(`no crash annotation in:\n${run.errors.join('\n').slice(0, 3000)}`)
    expect(crash).toMatch(/^::error title=Crashed,file=tests\/test_extension\.py,line=6::/)
    expect(crash).toContain(
      'standard: passed (reruns: passed) · freethreaded: crashed (reruns: crashed) · freethreaded-gil: passed (reruns: passed)',
    )
    expect(crash).toMatch(/The interpreter died on SIG(SEGV|ABRT)%0A%0AFatal Python error:/)
    const hang = run.errors.find((l) => l.startsWith('::error title=Hung,'))
    expect(hang).toMatch(/^::error title=Hung,file=tests\/test_threads\.py,line=20::/)
    expect(hang).toContain('in test_lock_ordering')
    const race = run.errors.find((l) => l.startsWith('::error title=Fails only on the free-threaded build,'))
    expect(race).toMatch(/file=tests\/test_threads\.py,line=7::tests\/test_threads\.py::test_counter_race/)
    expect(race).toMatch(/assert \d+ == \(4 \* 20000\)/)
  })

  test('the JSON report has every test in every mode, the reruns and the classes', () => {
    expect(r.schema).toBe('setup-python-ft/report@1')
    expect(r.groups).toHaveLength(1)
    expect(r.groups[0].tests).toHaveLength(11)
    const race = testRow(r, 'tests.test_threads::test_counter_race')
    expect(race.outcomes).toEqual({ standard: 'passed', freethreaded: 'failed', 'freethreaded-gil': 'passed' })
    expect(race.divergence).toBe('freethreaded-only')
    expect(race.reruns).toEqual({ standard: ['passed'], freethreaded: ['failed'], 'freethreaded-gil': ['passed'] })
    expect(race.flaky).toBe(false)
    expect(testRow(r, 'tests.test_extension::test_unlocked_c_stack').divergence).toBe('crashed')
    const hang = testRow(r, 'tests.test_threads::test_lock_ordering')
    expect(hang.outcomes.freethreaded).toBe('hung')
    expect(hang.reruns).toBeUndefined()
    expect(testRow(r, 'tests.test_everywhere::test_common_failure').divergence).toBe('common')
    expect(testRow(r, 'tests.test_everywhere::test_string_join').divergence).toBeNull()
    // Run after the crash: the run resumed past the crashed test.
    expect(testRow(r, 'tests.test_late_import::test_loads_undeclared_late').outcomes.freethreaded).toBe('passed')
  })

  test('the GIL: off throughout under PYTHON_GIL=0, the undeclared module named', () => {
    const modes = Object.fromEntries(r.groups[0].modes.map((m) => [m.mode, m]))
    expect(modes.freethreaded.gilStayedOff).toBe(true)
    expect(modes['freethreaded-gil'].gilStayedOff).toBeNull()
    expect(modes.freethreaded.status.signal).toBe(null)
    // The hang is resumed after: the mode ends on its own, the hang listed in its status.
    expect(modes.freethreaded.status).toMatchObject({
      timedOut: false,
      hangs: [{ test: 'tests.test_threads::test_lock_ordering' }],
    })
    const undeclared = r.groups[0].findings.filter((f) => f.kind === 'undeclared-extension')
    expect(undeclared.map((f) => f.module)).toEqual(['ftdemo._undeclared'])
    expect(run.warnings).toContain(
      '::warning title=setup-python-ft::ftdemo._undeclared has not declared free-threading support: without PYTHON_GIL=0, importing it turns the GIL back on',
    )
  })

  test('the job summary: modes, divergences, the GIL, common failures', () => {
    const visible = (text: string) => text.replace(/\\([^\sA-Za-z0-9])/g, '$1')
    expect(visible(run.summary.split('\n')[0])).toBe(
      `## ❌ 3 tests break only with the GIL off (${bed.version}t): 1 crash · 1 hang · 1 failure — all pass on standard and with PYTHON_GIL=1`,
    )
    expect(run.summary).toMatch(
      /\| \*\*freethreaded\*\* \| 3\.13\.\d+ \(cp313t\) \| 11 \| 7 \| 2 \| {2}\| 1 \| 1 \| 💥 SIG[A-Z]+, ⏳ hang, resumed; exit 1 \|.*\| off, forced by PYTHON_GIL=0 \|/,
    )
    expect(run.summary).toMatch(/\| \*\*freethreaded-gil\*\* \|.*\| on, PYTHON_GIL=1 \|/)
    expect(run.summary).toContain('### Divergences (3)')
    // Why, where and how reproducible, in one row each; the trace folded, the crashing thread first.
    // (An abort from C can leave the crashing thread without a Python frame: then the signal is why.)
    expect(visible(run.summary)).toMatch(
      /\| <code>tests\/test_extension.py::test_unlocked_c_stack<\/code><br><sub>Crashed<\/sub> \| 💥 freethreaded \| (SIG[A-Z]+ in churn \(tests\/test_extension.py:\d+\)|The interpreter died on SIG[A-Z]+) \| (flaky )?\d\/\d \|/,
    )
    expect(visible(run.summary)).toMatch(
      /\| ⏳ freethreaded \| deadlock: 2 threads in take \(ftdemo\/shared.py:\d+\) \| not rerun \|/,
    )
    expect(run.summary).toMatch(
      /<details><summary><code>tests\/test_extension.py::test_unlocked_c_stack<\/code> · freethreaded · (SIG[A-Z]+ in churn|The interpreter died)/,
    )
    expect(run.summary).not.toMatch(/_pytest\/|pluggy\//)
    expect(run.summary).toContain('<code>tests/test\\_threads\\.py\\:\\:test\\_counter\\_race</code>')
    expect(run.summary).toContain('ftdemo\\.\\_undeclared has not declared')
    expect(run.summary).toContain('<details><summary>Common failures, in every mode (1)</summary>')
    expect(run.summary.split('<details>').length).toBe(run.summary.split('</details>').length)
  })

  test("each build's dependencies: the example's own package built from source, its undeclared module named", () => {
    const byAbi = Object.fromEntries(r.groups[0].modes.map((m) => [m.abi, m.dependencies ?? []]))
    expect(byAbi.cp313.find((d) => d.name === 'ftdemo')).toEqual(expect.objectContaining({ wheel: 'built-here' }))
    expect(byAbi.cp313t.find((d) => d.name === 'ftdemo')).toEqual(
      expect.objectContaining({ wheel: 'built-here', reEnablesGil: ['ftdemo._undeclared'] }),
    )
    expect(byAbi.cp313t.find((d) => d.name === 'pytest')).toEqual(expect.objectContaining({ wheel: 'pure' }))
    expect(run.summary).toContain('#### Dependencies')
    expect(run.summary).toMatch(
      /<details><summary>cp313t: \d+ of \d+ dependencies ship cp313t or pure-Python wheels; 1 built from source: ftdemo; 1 re-enables the GIL: ftdemo<\/summary>/,
    )
  })

  test('each mode has its own log group, every line prefixed, behind stop-commands', () => {
    for (const mode of ['standard', 'freethreaded', 'freethreaded-gil']) {
      const start = run.stdout.indexOf(`::group::${mode} · `)
      expect(start).toBeGreaterThanOrEqual(0)
      const group = run.stdout.slice(start, run.stdout.indexOf('::endgroup::', start))
      const lines = group.split('\n').slice(1, -1)
      expect(lines[0]).toMatch(/^::stop-commands::setup-python-ft-[0-9a-f-]+$/)
      const token = lines[0].slice('::stop-commands::'.length)
      expect(lines.at(-1)).toBe(`::${token}::`)
      expect(lines.slice(1, -1).every((line) => line.startsWith(`[${mode}] `))).toBe(true)
    }
  })

  test('each leg left its results in the documented form', () => {
    const legs = readdirSync(run.outputs['results-dir'])
    expect(legs.sort()).toEqual([
      `${bed.version}-freethreaded`,
      `${bed.version}-freethreaded-gil`,
      `${bed.version}-standard`,
    ])
    const leg = JSON.parse(readFileSync(path.join(run.outputs['results-dir'], legs[0], 'leg.json'), 'utf8'))
    expect(leg.schema).toBe('setup-python-ft/leg@1')
    expect(leg.status.segments).toBe(2)
  })
})

describe('gil: detect', () => {
  test('names the test from which the run had the GIL; require-gil-disabled fails the step', async () => {
    // From the repository root, as a workflow runs it: files in the report are relative to it.
    const run = await suite(
      {
        'working-directory': 'example',
        gil: 'detect',
        'require-gil-disabled': 'true',
        install: INSTALL,
        run: 'pytest -q -p no:cacheprovider tests/test_everywhere.py tests/test_late_import.py tests/test_threads.py',
        timeout: '60s',
      },
      repoRoot,
    )
    const r = report(run)
    expect(testRow(r, 'tests.test_late_import::test_loads_undeclared_late').file).toBe(
      'example/tests/test_late_import.py',
    )
    expect(r.divergences).toBe(0)
    expect(r.outcome).toBe('diverged')
    expect(run.code).toBe(1)
    const gil = r.groups[0].findings.find((f) => f.kind === 'gil-enabled')!
    expect(gil.message).toBe(
      'The GIL was on in freethreaded from test tests.test_late_import::test_loads_undeclared_late on, when ftdemo._undeclared was imported: those tests ran with the GIL',
    )
    expect(gil.blocking).toBe(true)
    expect(run.errors).toContain(`::error title=setup-python-ft::${gil.message}`)
    expect(run.summary).toContain('at <code>tests\\.test\\_late\\_import\\:\\:test\\_loads\\_undeclared\\_late</code>')
    expect(run.summary).toContain('⚠️ on: re-enabled')
    // With the GIL back on, the race and the deadlock do not happen.
    expect(testRow(r, 'tests.test_threads::test_counter_race').outcomes.freethreaded).toBe('passed')
  })
})

describe('results from any runner, and what a runner can get wrong', () => {
  let dir: string
  beforeAll(() => {
    dir = mkdtempSync(path.join(tmpdir(), 'spft-junit-'))
    const hostile = 'test_&lt;img src=x onerror=alert(1)&gt;|`tick`_@here'
    writeFileSync(
      path.join(dir, 'standard.xml'),
      `<?xml version="1.0"?><testsuites><testsuite name="other">
<testcase classname="pkg.test_a" name="test_ok" time="0.1"/>
<testcase classname="pkg.test_a" name="${hostile}"/>
<testcase classname="pkg.test_a" name="test_skip"><skipped message="no"/></testcase>
</testsuite></testsuites>`,
    )
    writeFileSync(
      path.join(dir, 'freethreaded.xml'),
      Buffer.concat([
        Buffer.from(`<?xml version="1.0" encoding="utf-8"?><testsuite name="other">
<testcase classname="pkg.test_a" name="test_ok"><failure message="boom %0A ::error::pwned">Traceback:
  pkg/test_a.py:41: in test_ok
pkg/helpers.py:7: AssertionError `),
        Buffer.from([0xff, 0xfe]),
        Buffer.from(`</failure></testcase>
<testcase classname="pkg.test_a" name="${hostile}"><error message="*bold* [link](http://x) &lt;/pre&gt;"/></testcase>
<testcase classname="pkg.test_a" name="test_skip"><skipped message="no"/></testcase>
</testsuite>`),
      ]),
    )
    writeFileSync(path.join(dir, 'freethreaded-gil.xml'), '<testsuite><testcase name="x"')
  })

  test('JUnit from a glob; bad XML, hostile names, non-UTF-8 output and huge output stay harmless', async () => {
    const noisy = [
      "printf '::error::pwned\\n  ::warning::indented\\n'",
      "printf '\\377\\376 not utf-8\\n'",
      "head -c 9000000 /dev/zero | tr '\\0' x | fold -w 100",
      // Only files written during the run count: the runner writes its XML now.
      'touch standard.xml freethreaded.xml freethreaded-gil.xml',
    ].join('; ')
    const run = await suite(
      { modes: 'standard, freethreaded, freethreaded-gil', run: noisy, results: path.join(dir, '{mode}.xml') },
      dir,
    )
    expect(run.code).toBe(1)
    expect(run.warnings.some((w) => w.includes('freethreaded-gil.xml: not valid JUnit XML'))).toBe(true)
    // Nothing from the output or the XML became a command of its own.
    expect(commandLines(run.stdout).filter((l) => /^\s*::(error|warning)::(pwned|indented)/.test(l))).toEqual([])
    expect(run.stdout).toContain('[standard] ::error::pwned')
    expect(run.stdout).toMatch(/\[freethreaded\] \[… \d+ bytes left out; the whole log is /)
    expect(run.stdout).toContain('[standard] \ufffd\ufffd not utf-8')

    const r = report(run)
    const ok = testRow(r, 'pkg.test_a::test_ok')
    expect(ok.outcomes).toEqual({ standard: 'passed', freethreaded: 'failed', 'freethreaded-gil': 'absent' })
    // xunit2-style XML has no file or line: the traceback's last location stands in.
    expect(ok.file).toBe('pkg/helpers.py')
    expect(ok.line).toBe(7)
    const annotation = run.errors.find((l) => l.includes('pkg.test_a::test_ok'))
    if (!annotation) throw new Error(`no annotation for test_ok in:\n${commandLines(run.stdout).join('\n')}`)
    expect(annotation).toMatch(/^::error title=Fails only on the free-threaded build,file=pkg\/helpers\.py,line=7::/)
    expect(annotation).toContain('%0A')
    expect(run.summary).not.toMatch(/<img|`tick`|@here/)
    expect(run.summary).toContain('&lt;img src=x onerror=alert\\(1\\)&gt;')
  })

  test('without JUnit, the exit codes are compared', async () => {
    const run = await suite(
      {
        run: 'python -c "import sys, sysconfig; sys.exit(sysconfig.get_config_var(\'Py_GIL_DISABLED\'))"',
        'fail-on': 'never',
        rerun: '1',
      },
      dir,
    )
    expect(run.code).toBe(0)
    expect(run.warnings).toContain(
      '::warning::rerun: reruns pick single tests through pytest; this command is not pytest',
    )
    const r = report(run)
    expect(r.groups[0].tests).toEqual([
      expect.objectContaining({
        id: '(exit code)',
        outcomes: { standard: 'passed', freethreaded: 'failed' },
        divergence: 'freethreaded-only',
      }),
    ])
    expect(run.warnings.filter((w) => w.includes('no test results'))).toHaveLength(2)
  })
})

describe('large JUnit files', () => {
  test('are read in worker threads, the legs at once: the same tests, divergences and file errors', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'spft-large-junit-'))
    // The bundle carries the thread's script; over 8 MiB each, a file is parsed in a thread of its own.
    expect(existsSync(path.join(repoRoot, 'dist', 'junit-worker', 'index.js'))).toBe(true)
    const count = 80_000
    const cases = (failing: (i: number) => boolean) =>
      Array.from({ length: count }, (_, i) => {
        const open = `<testcase classname="tests.test_m${Math.floor(i / 100)}" name="test_${i === 7 ? 'café_日本_🧵' : 'case'}_${i}" file="tests/test_m${Math.floor(i / 100)}.py" line="${i % 100}" time="0.001"`
        return failing(i) ? `${open}><failure message="assert ${i}">E  assert ${i}</failure></testcase>` : `${open}/>`
      })
    const file = (failing: (i: number) => boolean) =>
      `<?xml version="1.0" encoding="utf-8"?><testsuites><testsuite name="pytest">\n${cases(failing).join('\n')}\n</testsuite></testsuites>\n`
    const standard = file(() => false)
    expect(Buffer.byteLength(standard)).toBeGreaterThan(8 * 1024 * 1024)
    writeFileSync(path.join(dir, 'standard.xml'), standard)
    writeFileSync(
      path.join(dir, 'freethreaded.xml'),
      file((i) => i === 7 || i === 40_000 || i === 79_999),
    )
    const run = await suite(
      {
        modes: 'standard, freethreaded',
        run: 'touch standard.xml freethreaded.xml',
        results: '{mode}.xml',
        'fail-on': 'never',
      },
      dir,
    )
    expect(run.code).toBe(0)
    expect(run.outputs.divergences).toBe('3')
    // Each file went through its thread (a failed thread falls back here, with a line that says so).
    expect(run.stdout).not.toContain('was read on the main thread')
    const r = report(run)
    expect(r.groups[0].tests).toHaveLength(count)
    const odd = testRow(r, 'tests.test_m0::test_café_日本_🧵_7')
    expect(odd).toMatchObject({
      file: 'tests/test_m0.py',
      line: 8,
      outcomes: { standard: 'passed', freethreaded: 'failed' },
      messages: { freethreaded: 'assert 7' },
    })
    expect(testRow(r, 'tests.test_m799::test_case_79999').outcomes.freethreaded).toBe('failed')

    // Cut short, as a runner killed mid-write leaves it: the thread's reader says so as this one would.
    writeFileSync(path.join(dir, 'standard.xml'), standard.slice(0, standard.length - 5000))
    const cut = await suite(
      { modes: 'standard', run: 'touch standard.xml', results: '{mode}.xml', 'fail-on': 'never' },
      dir,
    )
    expect(
      cut.warnings.filter((w) => /standard\.xml: not valid JUnit XML: .*; using what the probe recorded/.test(w)),
    ).toHaveLength(1)
    expect(cut.stdout).not.toContain('was read on the main thread')
    // The tests before the cut are kept.
    const kept = report(cut).groups[0].tests.length
    expect(kept).toBeGreaterThan(count - 100)
    expect(kept).toBeLessThan(count)
    rmSync(dir, { recursive: true, force: true })
  })
})

describe('a pytest of another environment (nox, tox, uv run)', () => {
  test("runs as without the action: the plugin is only in the mode's venv", async () => {
    const project = testProject('test_other.py', ['def test_fine():', '    assert True', ''])
    // The test bed's own free-threaded interpreter has pytest: an environment the action did not
    // make (free-threaded, so that the freethreaded mode's PYTHON_GIL=0 is valid there too).
    const other = path.join(bed.cache, 'freethreaded', 'bin', 'python3')
    const run = await suite(
      { modes: 'standard, freethreaded', run: `${other} -m pytest -p no:cacheprovider tests` },
      project,
    )
    expect(run.stdout).not.toMatch(/Error importing plugin/)
    expect(run.code).toBe(0)
    const r = report(run)
    expect(r.groups[0].modes.map((m) => [m.mode, m.status.signal, m.status.timedOut])).toEqual([
      ['standard', null, false],
      ['freethreaded', null, false],
    ])
    expect(testRow(r, 'tests.test_other::test_fine').outcomes).toEqual({ standard: 'passed', freethreaded: 'passed' })
  })
})

describe('bad input', () => {
  test('a run command that is not found, and a suite that collects nothing', async () => {
    const missing = await suite({ run: 'no-such-test-runner --all', modes: 'standard' })
    expect(missing.warnings).toContain('::warning::standard: run: the command was not found (exit code 127)')
    const empty = await suite({ install: INSTALL, run: 'pytest -q -k no_test_has_this_name', modes: 'standard' })
    expect(empty.warnings).toContain('::warning::standard: pytest collected no tests (exit code 5)')
  })
})

describe('a suite that cannot start', () => {
  // A conftest written for an older pytest: the newest removed the hooks' py.path argument, and
  // pytest stops before collecting anything, in every mode alike.
  let dir: string
  beforeAll(() => {
    dir = testProject('test_fine.py', ['def test_fine():', '    assert True', ''])
    writeFileSync(
      path.join(dir, 'conftest.py'),
      ['def pytest_ignore_collect(path, config):', '    return False', ''].join('\n'),
    )
  })

  test('fails the step with one error naming the modes and quoting the cause, whatever fail-on says', async () => {
    const run = await suite({ install: 'pip install -q pytest', run: 'pytest -q', 'fail-on': 'failure' }, dir)
    expect(run.code).toBe(1)
    expect(run.outputs.outcome).toBe('not-run')
    const cause = "pluggy._manager.PluginValidationError: Plugin '"
    expect(run.errors).toEqual([
      expect.stringMatching(
        /^::error::standard, freethreaded ran no test: pytest exited 1 before running a test: pluggy/,
      ),
    ])
    expect(run.errors[0]).toContain(cause)
    expect(run.errors[0]).toContain("Argument(s) {'path'} are declared in the hookimpl")
    expect(run.summary).toMatch(/^## ❌ standard, freethreaded ran no test/)
    expect(run.summary).not.toMatch(/fail(s|ed)? in every mode|the same failures/)
    const r = report(run)
    expect(r.groups[0].tests).toEqual([])
    expect(r.groups[0].findings).toEqual([
      expect.objectContaining({ kind: 'no-tests', blocking: true, message: expect.stringContaining(cause) }),
    ])
  })

  test('fail-on: never lets it pass, and still says so', async () => {
    const run = await suite({ install: 'pip install -q pytest', run: 'pytest -q', 'fail-on': 'never' }, dir)
    expect(run.code).toBe(0)
    expect(run.outputs.outcome).toBe('not-run')
    expect(run.errors).toEqual([expect.stringMatching(/^::error title=.*::standard, freethreaded ran no test/)])
  })
})

describe('a crash the run resumes after', () => {
  let run: ActionRun
  let r: Report & { groups: { modes: { status: { crashes?: object[]; exitCode: number | null } }[] }[] }

  beforeAll(async () => {
    const project = testProject('test_crash.py', [
      'def test_before():',
      '    pass',
      '',
      '',
      'def test_crash_after_import():',
      '    from ftdemo import _undeclared  # first imported here: only faulthandler sees it',
      '    import os',
      '',
      '    os.abort()',
      '',
      '',
      'def test_after():',
      '    pass',
      '',
    ])
    run = await suite(
      {
        modes: 'standard, freethreaded',
        install: `pip install -q --disable-pip-version-check ${example}[test]`,
        run: 'pytest -q -p no:cacheprovider',
        timeout: '60s',
      },
      project,
    )
    r = report(run) as typeof r
  })

  test('every crash stays in the mode status, with its signal, test and segment', () => {
    for (const mode of r.groups[0].modes) {
      expect(mode.status).toMatchObject({
        exitCode: 0,
        crashes: [{ signal: 'SIGABRT', test: 'tests.test_crash::test_crash_after_import', segment: 1 }],
      })
    }
    expect(run.summary).toMatch(/\| 💥 SIGABRT, resumed; exit 0 \|/)
    expect(run.stdout).toMatch(/^::group::freethreaded · 3\.13\.\d+: exit 0 after 1 crash, 3 tests/m)
    expect(testRow(r, 'tests.test_crash::test_after').outcomes).toEqual({ standard: 'passed', freethreaded: 'passed' })
  })

  test('the module the crashed test imported is among the extensions loaded, and the GIL check sees it', () => {
    const freethreaded = r.groups[0].modes.find((m) => m.mode === 'freethreaded') as unknown as {
      gil: { extensions: string[]; undeclared: string[] }
    }
    expect(freethreaded.gil.extensions).toContain('ftdemo._undeclared')
    expect(freethreaded.gil.undeclared).toEqual(['ftdemo._undeclared'])
  })
})

describe("a hang under the project's faulthandler_timeout", () => {
  test('pytest cancels every dump after each test and on a failure: the probe arms its own again', async () => {
    const project = testProject('test_latch.py', [
      'import threading',
      '',
      '',
      'def test_fails():',
      '    assert 1 == 2',
      '',
      '',
      'def test_latch():',
      '    threading.Event().wait()',
      '',
      '',
      'def test_after():',
      '    pass',
      '',
    ])
    // pytest's own dump, armed around each test, would fire long after the mode's time.
    writeFileSync(path.join(project, 'pytest.ini'), '[pytest]\nfaulthandler_timeout = 600\n')
    const run = await suite(
      {
        modes: 'standard',
        install: 'pip install -q --disable-pip-version-check pytest',
        run: 'pytest -q -p no:cacheprovider',
        timeout: '12s',
        'fail-on': 'never',
      },
      project,
    )
    const r = report(run) as Report & { groups: { modes: { status: { hangs?: object[]; timedOut: boolean } }[] }[] }
    expect(testRow(r, 'tests.test_latch::test_fails').outcomes).toEqual({ standard: 'failed' })
    expect(testRow(r, 'tests.test_latch::test_latch').outcomes).toEqual({ standard: 'hung' })
    expect(testRow(r, 'tests.test_latch::test_after').outcomes).toEqual({ standard: 'passed' })
    expect(r.groups[0].modes[0].status).toMatchObject({
      timedOut: false,
      hangs: [{ test: 'tests.test_latch::test_latch' }],
    })
  })
})

describe('a hang the run resumes after', () => {
  let run: ActionRun
  let r: Report & {
    groups: { modes: { mode: string; status: { hangs?: object[]; timedOut: boolean; durationSeconds: number } }[] }[]
  }

  beforeAll(async () => {
    const project = testProject('test_latch.py', [
      'import threading',
      '',
      '',
      'def test_before():',
      '    pass',
      '',
      '',
      'def test_latch():',
      '    threading.Event().wait()  # never set: hangs in every mode',
      '',
      '',
      'def test_after():',
      '    pass',
      '',
      '',
      'def test_after_too():',
      '    pass',
      '',
    ])
    run = await suite(
      {
        modes: 'standard',
        install: 'pip install -q --disable-pip-version-check pytest',
        run: 'pytest -q -p no:cacheprovider',
        timeout: '12s',
      },
      project,
    )
    r = report(run) as typeof r
  })

  test('the hung test gets its outcome and thread dump, and the tests after it run', () => {
    expect(testRow(r, 'tests.test_latch::test_latch').outcomes).toEqual({ standard: 'hung' })
    expect(testRow(r, 'tests.test_latch::test_after').outcomes).toEqual({ standard: 'passed' })
    expect(testRow(r, 'tests.test_latch::test_after_too').outcomes).toEqual({ standard: 'passed' })
    const status = r.groups[0].modes[0].status
    expect(status).toMatchObject({ timedOut: false, hangs: [{ test: 'tests.test_latch::test_latch', segment: 1 }] })
    // A test may use three quarters of the time left; the whole stays within timeout.
    expect(status.durationSeconds).toBeLessThan(12)
    expect(run.stdout).toMatch(/^::group::standard · 3\.13\.\d+: exit 0 after 1 hang, 4 tests/m)
    expect(run.summary).toMatch(/\| ⏳ hang, resumed; exit 0 \|/)
    const leg = JSON.parse(
      readFileSync(
        path.join(run.outputs['results-dir'], readdirSync(run.outputs['results-dir'])[0], 'leg.json'),
        'utf8',
      ),
    )
    const latch = leg.tests.find((t: { id: string }) => t.id === 'tests.test_latch::test_latch')
    expect(latch.details).toMatch(/^Still running when its time ran out\n\n[\s\S]*line 9 in test_latch/)
  })
})
