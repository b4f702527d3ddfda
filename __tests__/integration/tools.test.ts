// The test runners projects already use, through the bundle on the real interpreters: tox, nox,
// uv, unittest-xml-reporting and pytest-xdist installed from the package index into the modes'
// venvs, each with its natural command, each finding the test that fails only without the GIL.
import { beforeAll, describe, expect, jest, test } from '@jest/globals'
import { execFileSync } from 'node:child_process'
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, utimesSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { type ActionRun, runAction } from './action.js'
import { readReport, useTestbed } from './testbed.js'

jest.setTimeout(900_000)

const bed = useTestbed({ toolCache: true })

interface Row {
  id: string
  outcomes: Record<string, string>
  reruns?: Record<string, string[]>
  divergence: string | null
  flaky?: boolean
}

interface Report {
  groups: {
    modes: { mode: string; packages?: Record<string, string> }[]
    findings: { kind: string; message: string; distribution?: string; versions?: Record<string, string> }[]
    tests: Row[]
  }[]
}

/** A project of the given files (path: lines), in a folder of its own. */
function project(files: Record<string, string[]>): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'spft-tools-'))
  for (const [file, lines] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(dir, file)), { recursive: true })
    writeFileSync(path.join(dir, file), lines.join('\n'))
  }
  return dir
}

/** Two tests: one passes everywhere, one fails on the free-threaded build only. */
const PYTEST_TESTS = [
  'import sysconfig',
  '',
  'def test_same():',
  '    assert True',
  '',
  'def test_freethreaded_only():',
  '    assert not sysconfig.get_config_var("Py_GIL_DISABLED"), "fails on the free-threaded build"',
  '',
]

/** How this machine's clients trust its package index (uv reads these, as pip reads its config). */
const TLS_ENV = Object.fromEntries(
  ['SSL_CERT_FILE', 'SSL_CERT_DIR'].filter((name) => process.env[name]).map((name) => [name, process.env[name]!]),
)

function suite(inputs: Record<string, string>, workdir: string): Promise<ActionRun> {
  return runAction(
    { 'python-version': bed.minor, ...bed.pbsInputs, modes: 'standard, freethreaded', ...inputs },
    { toolCache: bed.toolCache, workdir, env: TLS_ENV },
  )
}

const report = (run: ActionRun) => readReport<Report>(run)

function row(run: ActionRun, name: string): Row {
  const rows = report(run).groups[0].tests
  const found = rows.find((t) => t.id.endsWith(name))
  if (!found) throw new Error(`${name} is not in the report: ${rows.map((t) => t.id).join(', ')}\n${run.stdout}`)
  return found
}

/** The free-threaded-only failure is found as such, and the other test passes in both modes. */
function expectDivergenceFound(run: ActionRun, failing = 'test_freethreaded_only', passing = 'test_same') {
  expect(run.code).toBe(1)
  expect(row(run, failing)).toMatchObject({
    outcomes: { standard: 'passed', freethreaded: 'failed' },
    divergence: 'freethreaded-only',
  })
  expect(row(run, passing).outcomes).toEqual({ standard: 'passed', freethreaded: 'passed' })
}

const legDir = (run: ActionRun, mode: string) => path.join(run.outputs['results-dir'], `${bed.version}-${mode}`)

describe('tox', () => {
  let run: ActionRun
  let dir: string

  beforeAll(async () => {
    dir = project({
      'tests/test_tools.py': PYTEST_TESTS,
      'tox.ini': [
        '[tox]',
        'env_list = py',
        '[testenv]',
        'skip_install = true',
        'deps = pytest',
        "commands_pre = python -c \"import os; print('py PYTHON_GIL=' + str(os.environ.get('PYTHON_GIL')))\"",
        'commands = pytest -p no:cacheprovider tests',
        '[testenv:standard-build]',
        `base_python = python${bed.minor}`,
        'skip_install = true',
        "commands = python -c \"import os, sys; print('standard-build PYTHON_GIL=' + str(os.environ.get('PYTHON_GIL')), sys._is_gil_enabled())\"",
        '',
      ],
    })
    run = await suite({ install: 'pip install -q tox', run: 'tox -e standard-build,py' }, dir)
  })

  test("`tox -e py` runs the suite on each mode's interpreter, and the results are collected", () => {
    expectDivergenceFound(run)
    for (const mode of ['standard', 'freethreaded']) {
      expect(run.warnings).toContain(
        `::warning::${mode}: tests ran outside the mode's venv: results come from JUnit only (no GIL check per test, no resume after a crash or hang)`,
      )
    }
  })

  test('each mode has its own tox work folder, none in the project', () => {
    expect(existsSync(path.join(dir, '.tox'))).toBe(false)
    expect(readdirSync(path.join(legDir(run, 'standard'), 'tox'))).toEqual(expect.arrayContaining(['py']))
    expect(readdirSync(path.join(legDir(run, 'freethreaded'), 'tox'))).toEqual(expect.arrayContaining(['py']))
  })

  test('PYTHON_GIL=0 reaches the free-threaded env only, never an env on the standard build', () => {
    expect(run.stdout).toContain('[freethreaded] py PYTHON_GIL=0')
    expect(run.stdout).toContain('[standard] py PYTHON_GIL=None')
    // Without the action's tox plugin, the standard build dies at start-up on PYTHON_GIL=0.
    expect(run.stdout).toContain('[freethreaded] standard-build PYTHON_GIL=None True')
    expect(run.stdout).not.toContain('Disabling the GIL is not supported')
  })
})

describe('nox', () => {
  test("`nox -s tests` runs each session on the mode's build, in an env folder of the mode", async () => {
    const dir = project({
      'tests/test_tools.py': PYTEST_TESTS,
      'noxfile.py': [
        'import nox',
        '',
        '@nox.session(python=["3.12", "3.13"])',
        'def tests(session):',
        '    session.install("pytest")',
        '    session.run("pytest", "-p", "no:cacheprovider", "tests")',
        '',
      ],
    })
    const run = await suite({ install: 'pip install -q nox', run: 'nox -s tests' }, dir)
    expectDivergenceFound(run)
    expect(existsSync(path.join(dir, '.nox'))).toBe(false)
    const sessions = (mode: string) =>
      readdirSync(path.join(legDir(run, mode), 'nox')).filter((f) => f.startsWith('tests'))
    expect(sessions('standard')).toEqual([`tests-${bed.minor.replace('.', '-')}`])
    expect(sessions('freethreaded')).toEqual([`tests-${bed.minor.replace('.', '-')}t`])
  })
})

describe('uv', () => {
  test("`uv run pytest` syncs the project into the mode's venv and runs there, with the probe", async () => {
    const dir = project({
      'tests/test_tools.py': PYTEST_TESTS,
      'pyproject.toml': [
        '[project]',
        'name = "uv-tools"',
        'version = "0"',
        'requires-python = ">=3.13"',
        'dependencies = []',
        '[dependency-groups]',
        'dev = ["pytest"]',
        '[tool.uv]',
        'package = false',
        '',
      ],
    })
    const run = await suite({ install: 'pip install -q uv', run: 'uv run pytest -p no:cacheprovider tests' }, dir)
    expectDivergenceFound(run)
    expect(existsSync(path.join(dir, '.venv'))).toBe(false)
    // pytest ran in the mode's venv: the probe saw every test.
    expect(run.warnings.filter((w) => w.includes('outside the mode'))).toEqual([])
  })
})

describe('unittest-xml-reporting', () => {
  test('`python -m xmlrunner` into $SETUP_PYTHON_FT_RESULTS_DIR', async () => {
    const dir = project({
      'tests/__init__.py': [''],
      'tests/test_tools.py': [
        'import sysconfig',
        'import unittest',
        '',
        'class ToolsTest(unittest.TestCase):',
        '    def test_same(self):',
        '        self.assertTrue(True)',
        '',
        '    def test_freethreaded_only(self):',
        '        self.assertFalse(sysconfig.get_config_var("Py_GIL_DISABLED"))',
        '',
      ],
    })
    const run = await suite(
      {
        // lxml, its one dependency, is not needed by the runner and has no cp313t wheel: built from
        // source it needs a Cython the index may not have yet.
        install: 'pip install -q --no-deps unittest-xml-reporting',
        run: 'python -m xmlrunner discover -s tests -t . -o "$SETUP_PYTHON_FT_RESULTS_DIR"',
      },
      dir,
    )
    expectDivergenceFound(run)
  })
})

describe('pytest-xdist', () => {
  let run: ActionRun

  beforeAll(async () => {
    const dir = project({
      'tests/test_xdist.py': [
        'import os',
        'import sysconfig',
        '',
        'def test_same():',
        '    assert True',
        '',
        'def test_crash():',
        '    if sysconfig.get_config_var("Py_GIL_DISABLED"):',
        '        os.abort()',
        '',
      ],
    })
    // The builds get different versions of a dependency, as when one has no wheel of the newest.
    const pin =
      'if python -c "import sys, sysconfig; sys.exit(not sysconfig.get_config_var(\'Py_GIL_DISABLED\'))"; ' +
      'then pip install -q six==1.16.0; else pip install -q six==1.17.0; fi'
    run = await suite(
      {
        install: `pip install -q pytest pytest-xdist && ${pin}`,
        run: 'pytest -p no:cacheprovider -n 2 tests',
        rerun: '2',
      },
      dir,
    )
  })

  test('a test whose worker dies is crashed, in the run and in every rerun, never flaky', () => {
    expect(run.code).toBe(1)
    const crash = row(run, 'test_crash')
    expect(crash).toMatchObject({
      outcomes: { standard: 'passed', freethreaded: 'crashed' },
      divergence: 'crashed',
      reruns: { standard: ['passed', 'passed'], freethreaded: ['crashed', 'crashed'] },
    })
    expect(crash.flaky).toBeFalsy()
    expect(row(run, 'test_same').outcomes).toEqual({ standard: 'passed', freethreaded: 'passed' })
    const annotation = run.errors.find((line) => line.includes('test_crash'))
    expect(annotation).toMatch(/^::error title=Crashed,/)
    expect(annotation).toContain('The pytest-xdist worker gw')
  })

  test('a dependency at different versions in the builds is reported', () => {
    const r = report(run)
    expect(r.groups[0].modes.map((m) => m.packages?.six)).toEqual(['1.17.0', '1.16.0'])
    expect(r.groups[0].findings).toContainEqual(
      expect.objectContaining({
        kind: 'dependency-versions',
        distribution: 'six',
        versions: { standard: '1.17.0', freethreaded: '1.16.0' },
      }),
    )
    expect(run.summary.replace(/\\/g, '')).toContain(
      'six differs between the modes: 1.17.0 in standard; 1.16.0 in freethreaded',
    )
  })
})

describe('{mode} in run', () => {
  test('is filled in per mode; XML left from an earlier run is not read', async () => {
    const dir = project({ 'tests/test_tools.py': PYTEST_TESTS })
    mkdirSync(path.join(dir, 'reports'))
    const stale = path.join(dir, 'reports', 'old-standard.xml')
    writeFileSync(
      stale,
      '<testsuite name="pytest"><testcase classname="tests.test_tools" name="test_ghost"><failure message="old"/></testcase></testsuite>',
    )
    const hourAgo = new Date(Date.now() - 3600_000)
    utimesSync(stale, hourAgo, hourAgo)
    const run = await suite(
      {
        install: 'pip install -q pytest',
        run: 'python -m pytest -p no:cacheprovider --junitxml=reports/now-{mode}.xml tests',
        results: 'reports/*-{mode}.xml',
      },
      dir,
    )
    expectDivergenceFound(run)
    expect(readdirSync(path.join(dir, 'reports')).sort()).toEqual([
      'now-freethreaded.xml',
      'now-standard.xml',
      'old-standard.xml',
    ])
    expect(report(run).groups[0].tests.map((t) => t.id)).not.toContain('tests.test_tools::test_ghost')
    expect(run.warnings).toContain(
      '::warning::results: standard left out 1 file written before this run (reports/old-standard.xml); only files the run writes count',
    )
  })
})

describe("the test tools' own files, mode by mode", () => {
  test('pytest-cov through addopts and hypothesis: each mode keeps its own data, and no false divergence', async () => {
    const dir = project({
      'pkg/__init__.py': ['def add(a, b):', '    return a + b', ''],
      'tests/test_add.py': [
        'from hypothesis import given, strategies as st',
        'from pkg import add',
        '',
        '@given(st.integers(), st.integers())',
        'def test_add_commutes(a, b):',
        '    assert add(a, b) == add(b, a)',
        '',
        'def test_add():',
        '    assert add(1, 2) == 3',
        '',
      ],
      // As most projects have it: coverage on in every pytest run, erased at its start.
      'pyproject.toml': [
        '[tool.pytest.ini_options]',
        'addopts = "--cov=pkg --cov-report=term"',
        'pythonpath = ["."]',
        '',
      ],
    })
    const run = await suite(
      {
        modes: 'standard, freethreaded, freethreaded-gil',
        // hypothesis's newest releases are an sdist with a Rust part on cp313t: its newest wheel will do.
        install: 'pip install -q pytest pytest-cov --only-binary=hypothesis hypothesis',
        run: 'pytest -q -p no:cacheprovider',
      },
      dir,
    )
    expect(run.errors).toEqual([])
    expect(run.outputs.outcome).toBe('passed')
    expect(run.outputs.divergences).toBe('0')
    // Each mode's coverage data, to combine afterwards; none written over another's.
    const data = readdirSync(dir)
      .filter((name) => name.startsWith('.coverage'))
      .sort()
    expect(data).toEqual(['.coverage.freethreaded', '.coverage.freethreaded-gil', '.coverage.standard'])
    // Hypothesis's example database is each leg's own, not the working tree's.
    expect(existsSync(path.join(dir, '.hypothesis'))).toBe(false)
    for (const mode of ['standard', 'freethreaded', 'freethreaded-gil'])
      expect(existsSync(path.join(legDir(run, mode), 'hypothesis'))).toBe(true)
  })
})

describe('modes that cannot see each other', () => {
  /**
   * A flat layout (the tests import pkg from the tree), coverage through addopts in parallel mode, the
   * pytest cache on, and a test that writes a fixed file name into the working directory and watches
   * it for a second and a half: a mode that ran beside it in the same folder would change it.
   */
  const isolationProject = () =>
    project({
      'pkg/__init__.py': ['def add(a, b):', '    return a + b', ''],
      'tests/test_a_file.py': [
        'import os, time',
        '',
        'def test_fixed_file_name():',
        '    mine = os.environ["SETUP_PYTHON_FT_MODE"]',
        '    with open("result.txt", "w") as f:',
        '        f.write(mine)',
        '    for _ in range(30):',
        '        time.sleep(0.05)',
        '        with open("result.txt") as f:',
        '            assert f.read() == mine, "another mode wrote result.txt"',
        '',
      ],
      'tests/test_add.py': ['from pkg import add', '', 'def test_add():', '    assert add(1, 2) == 3', ''],
      'pyproject.toml': [
        '[tool.pytest.ini_options]',
        'addopts = "--cov=pkg --cov=tests --cov-report=term"',
        'pythonpath = ["."]',
        '',
        '[tool.coverage.run]',
        'parallel = true',
        '',
      ],
    })
  const inputs = {
    modes: 'standard, freethreaded, freethreaded-gil',
    install: 'pip install -q pytest pytest-cov',
    run: 'pytest -q',
  }

  test('each mode after the first runs in a copy: no crossing, coverage data that names the tree, no copy left', async () => {
    const dir = isolationProject()
    const run = await suite(inputs, dir)
    expect(run.errors).toEqual([])
    expect(run.outputs.outcome).toBe('passed')
    expect(row(run, 'test_fixed_file_name').outcomes).toEqual({
      standard: 'passed',
      freethreaded: 'passed',
      'freethreaded-gil': 'passed',
    })
    expect(run.stdout).toMatch(
      new RegExp(`^isolation: ${bed.version}-standard runs in ${dir}; 2 more in copies of ${dir} \\(\\d+ files`, 'm'),
    )
    // The first mode ran in place, as a plain run would: its file and its pytest cache are there.
    expect(readFileSync(path.join(dir, 'result.txt'), 'utf8')).toBe('standard')
    expect(existsSync(path.join(dir, '.pytest_cache'))).toBe(true)
    // No copy outlives the run.
    expect(existsSync(path.join(run.outputs['results-dir'], '..', 'trees'))).toBe(false)
    // Each mode's coverage data (parallel files) beside where .coverage would be; combined and
    // reported afterwards, every file is found in the tree itself, none in a copy.
    const data = readdirSync(dir).filter((name) => name.startsWith('.coverage'))
    for (const mode of ['standard', 'freethreaded', 'freethreaded-gil'])
      expect(data.some((name) => name.startsWith(`.coverage.${mode}`))).toBe(true)
    const python = path.join(run.outputs['results-dir'], '..', 'venv', 'cp313', 'bin', 'python')
    execFileSync(python, ['-m', 'coverage', 'combine', '--keep', ...data], { cwd: dir, stdio: 'pipe' })
    const reported = execFileSync(python, ['-m', 'coverage', 'report', '--show-missing'], {
      cwd: dir,
      encoding: 'utf8',
    })
    expect(reported).toMatch(/^pkg\/__init__\.py\s+2\s+0\s+100%/m)
    expect(reported).toMatch(/^tests\/test_a_file\.py\s/m)
    expect(reported).not.toContain('trees')
  })

  test('the same project with isolation: shared: the modes beside each other change the file', async () => {
    const dir = isolationProject()
    const run = await suite({ ...inputs, isolation: 'shared' }, dir)
    const outcomes = Object.values(row(run, 'test_fixed_file_name').outcomes)
    expect(outcomes).toContain('failed')
    // The pytest cache is still per mode: only the first mode's is in the working directory.
    expect(existsSync(path.join(legDir(run, 'freethreaded'), 'pytest-cache'))).toBe(true)
  })
})

describe("the project's own C extension", () => {
  test('built for both ABIs but never imported, because the tests import the source tree: named', async () => {
    const dir = project({
      'setup.py': [
        'from setuptools import Extension, setup',
        'setup(name="speedy", version="1.0", packages=["speedy"],',
        '      ext_modules=[Extension("speedy._speedups", ["speedy/_speedups.c"])])',
        '',
      ],
      'speedy/__init__.py': [
        'try:',
        '    from speedy._speedups import double',
        'except ImportError:  # the pure-Python fallback',
        '    def double(x):',
        '        return 2 * x',
        '',
      ],
      'speedy/_speedups.c': [
        '#include <Python.h>',
        'static PyObject *double_(PyObject *self, PyObject *x) { return PyNumber_Add(x, x); }',
        'static PyMethodDef methods[] = {{"double", double_, METH_O, NULL}, {NULL, NULL, 0, NULL}};',
        'static PyModuleDef_Slot slots[] = {',
        '#ifdef Py_GIL_DISABLED',
        '    {Py_mod_gil, Py_MOD_GIL_NOT_USED},',
        '#endif',
        '    {0, NULL}};',
        'static struct PyModuleDef module = {PyModuleDef_HEAD_INIT, "_speedups", NULL, 0, methods, slots};',
        'PyMODINIT_FUNC PyInit__speedups(void) { return PyModuleDef_Init(&module); }',
        '',
      ],
      'tests/test_speedy.py': ['from speedy import double', '', 'def test_double():', '    assert double(2) == 4', ''],
      // The source tree first on sys.path, as a rootdir conftest or `pythonpath` does it.
      'pyproject.toml': ['[tool.pytest.ini_options]', 'pythonpath = ["."]', ''],
    })
    const run = await suite(
      { install: 'pip install -q --disable-pip-version-check . pytest', run: 'pytest -q -p no:cacheprovider' },
      dir,
    )
    expect(run.code).toBe(0)
    const message = `speedy._speedups was built for cp313 and cp313t but never imported: the suite ran the pure-Python code`
    expect(run.warnings.filter((w) => w.includes(message))).toHaveLength(1)
    expect(run.summary).toContain('never imported')
    const findings = readReport<{ groups: { findings: { kind: string; module?: string; blocking: boolean }[] }[] }>(run)
      .groups[0].findings
    expect(findings).toEqual([
      expect.objectContaining({ kind: 'untested-extension', module: 'speedy._speedups', blocking: false }),
    ])
  })
})
