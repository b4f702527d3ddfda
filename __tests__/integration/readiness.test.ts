// Dependency readiness and the version to upgrade to, through the bundle on the real interpreters,
// over wheels pip really installs from PyPI: bcrypt 4.3.0 (a cp313t wheel on the free-threaded
// build, its cp39-abi3 wheel on the standard one), markupsafe 2.1.5 (older than 3.13: built from
// source on both builds, and its C speed-up does not declare Py_mod_gil), and pure-Python pytest and
// iniconfig; and a package of the project's whose C extension is named as PEP 803 names one,
// `_c.abi3t.so`, which 3.13t's import system does not know: the GIL check must judge it all the same.
// The package index asked what to upgrade
// to is a stand-in on 127.0.0.1 serving PyPI's real listings (testbed/package-index.mjs).
import { afterAll, beforeAll, describe, expect, jest, test } from '@jest/globals'
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
// @ts-expect-error plain ESM helper without types
import { startPackageIndex } from '../../testbed/package-index.mjs'
import { type ActionRun, runAction } from './action.js'
import { readReport, useTestbed } from './testbed.js'

jest.setTimeout(900_000)

interface Dependency {
  name: string
  version: string
  wheel: string
  reEnablesGil?: string[]
  built?: string
  upgrade?: { status: string; version?: string; kind?: string; reason?: string }
}
type Index = { url: (fault?: string) => string; requests: string[]; close: () => Promise<void> }

const bed = useTestbed({ toolCache: true })
let index: Index
let workspace: string
let home: string

beforeAll(async () => {
  index = await startPackageIndex()
  workspace = mkdtempSync(path.join(tmpdir(), 'spft-readiness-'))
  home = mkdtempSync(path.join(tmpdir(), 'spft-home-'))
  mkdirSync(path.join(workspace, 'tests'))
  writeFileSync(
    path.join(workspace, 'tests', 'test_deps.py'),
    'import bcrypt, ftabi3t, iniconfig, markupsafe._speedups\n\n\ndef test_deps():\n    assert str(markupsafe.escape("<")) == "&lt;"\n    assert bcrypt.checkpw(b"x", bcrypt.hashpw(b"x", bcrypt.gensalt(4)))\n    assert ftabi3t._c.answer() == 42\n',
  )
  writeAbi3tPackage(path.join(workspace, 'abi3t'))
})

/**
 * A package with one C extension that declares no Py_mod_gil, built as `ftabi3t/_c.abi3t.so` (the
 * name setuptools gives a PEP 803 extension); its __init__ loads it from the file where the import
 * system does not know the suffix (before 3.15).
 */
function writeAbi3tPackage(dir: string) {
  mkdirSync(path.join(dir, 'ftabi3t'), { recursive: true })
  writeFileSync(
    path.join(dir, 'setup.py'),
    `from setuptools import Extension, setup
from setuptools.command.build_ext import build_ext


class Abi3t(build_ext):
    def get_ext_filename(self, name):
        return name.replace(".", "/") + ".abi3t.so"


setup(name="ftabi3t", version="1.0", packages=["ftabi3t"], cmdclass={"build_ext": Abi3t},
      ext_modules=[Extension("ftabi3t._c", ["ftabi3t/_c.c"])])
`,
  )
  writeFileSync(
    path.join(dir, 'ftabi3t', '_c.c'),
    `#include <Python.h>
static PyObject *answer(PyObject *self, PyObject *unused) { return PyLong_FromLong(42); }
static PyMethodDef methods[] = {{"answer", answer, METH_NOARGS, NULL}, {NULL}};
static struct PyModuleDef module = {PyModuleDef_HEAD_INIT, "_c", NULL, 0, methods};
PyMODINIT_FUNC PyInit__c(void) { return PyModuleDef_Init(&module); }
`,
  )
  writeFileSync(
    path.join(dir, 'ftabi3t', '__init__.py'),
    `import importlib.util, os, sys

try:
    from . import _c
except ImportError:  # the import system knows .abi3t.so from 3.15 on
    _spec = importlib.util.spec_from_file_location(__name__ + "._c", os.path.join(os.path.dirname(__file__), "_c.abi3t.so"))
    _c = sys.modules[_spec.name] = importlib.util.module_from_spec(_spec)
    _spec.loader.exec_module(_c)
`,
  )
}

afterAll(async () => {
  await index?.close()
  for (const dir of [workspace, home]) if (dir) rmSync(dir, { recursive: true, force: true })
})

/** The project on both builds; HOME (and so pip's cache) is kept between the runs. */
function suite(inputs: Record<string, string>, env: Record<string, string> = {}): Promise<ActionRun> {
  return runAction(
    {
      'python-version': bed.minor,
      ...bed.pbsInputs,
      modes: 'standard, freethreaded',
      install:
        'pip install -q --disable-pip-version-check bcrypt==4.3.0 markupsafe==2.1.5 iniconfig==2.0.0 pytest==8.3.4 ./abi3t',
      run: 'pytest -q -p no:cacheprovider tests',
      ...inputs,
    },
    { toolCache: bed.toolCache, workdir: workspace, env: { HOME: home, ...env } },
  )
}

const dependencies = (run: ActionRun, abi: string): Dependency[] =>
  readReport<{ groups: { modes: { abi: string; dependencies?: Dependency[] }[] }[] }>(run).groups[0].modes.find(
    (m) => m.abi === abi,
  )?.dependencies ?? []
/** The summary as it reads, markdown's escapes undone. */
const visible = (text: string) => text.replace(/\\([^\sA-Za-z0-9])/g, '$1')
const dep = (run: ActionRun, abi: string, name: string) => dependencies(run, abi).find((d) => d.name === name)

describe('readiness and the version to upgrade to', () => {
  let asked: ActionRun
  let failing: ActionRun
  let requests: string[]

  beforeAll(async () => {
    const before = index.requests.length
    asked = await suite({ 'index-url': index.url() })
    requests = index.requests.slice(before)
    // The index from the job's UV_DEFAULT_INDEX (pip ignores it), answering 500.
    failing = await suite({ 'index-url': '' }, { UV_DEFAULT_INDEX: index.url('500') })
  })

  test('how each came, from the wheels pip installed', () => {
    expect(asked.errors).toEqual([])
    expect(dep(asked, 'cp313t', 'bcrypt')).toMatchObject({ version: '4.3.0', wheel: 'abi' })
    expect(dep(asked, 'cp313', 'bcrypt')).toMatchObject({ version: '4.3.0', wheel: 'abi3' })
    expect(dep(asked, 'cp313', 'markupsafe')).toMatchObject({ version: '2.1.5', wheel: 'built-here' })
    expect(dep(asked, 'cp313t', 'markupsafe')).toMatchObject({
      version: '2.1.5',
      wheel: 'built-here',
      reEnablesGil: ['markupsafe._speedups'],
    })
    // The project's own package, built here, its .abi3t.so extension named and judged like any other.
    expect(dep(asked, 'cp313t', 'ftabi3t')).toMatchObject({
      wheel: 'built-here',
      local: true,
      reEnablesGil: ['ftabi3t._c'],
    })
    const findings = readReport<{ groups: { findings: { kind: string; module?: string }[] }[] }>(asked).groups[0]
      .findings
    expect(
      findings
        .filter((f) => f.kind === 'undeclared-extension')
        .map((f) => f.module)
        .sort(),
    ).toEqual(['ftabi3t._c', 'markupsafe._speedups'])
    for (const abi of ['cp313', 'cp313t']) {
      expect(dep(asked, abi, 'iniconfig')).toMatchObject({ wheel: 'pure' })
      expect(dep(asked, abi, 'pytest')).toMatchObject({ wheel: 'pure' })
    }
  })

  test('the one dependency that needs it is asked about once for both builds: the first release with a wheel for each', () => {
    expect(requests).toEqual(['/simple/markupsafe/ [json]'])
    for (const abi of ['cp313', 'cp313t'])
      expect(dep(asked, abi, 'markupsafe')?.upgrade).toEqual({ status: 'found', version: '3.0.0', kind: 'abi' })
    // Wheels that load are not asked about, on either build.
    for (const abi of ['cp313', 'cp313t'])
      for (const d of dependencies(asked, abi)) if (d.name !== 'markupsafe') expect(d.upgrade).toBeUndefined()
    const summary = visible(asked.summary)
    expect(summary).toMatch(
      /cp313t: \d+ of \d+ dependencies ship cp313t or pure-Python wheels; 2 built from source: ftabi3t, markupsafe[^;]*; 2 re-enable the GIL: ftabi3t, markupsafe; upgrade: markupsafe → 3\.0\.0</,
    )
    expect(summary).toMatch(
      /\| markupsafe \| 2\.1\.5 \| ⚠️ built from source[^|]*\|[^|]*\| <code>markupsafe\._speedups<\/code> \| 3\.0\.0 has cp313t wheels \|/,
    )
    expect(summary).toMatch(
      /\| markupsafe \| 2\.1\.5 \| ⚠️ built from source[^|]*\|[^|]*\| {2}\| 3\.0\.0 has cp313 wheels \|/,
    )
  })

  test('an index that answers 500 (found through UV_DEFAULT_INDEX): "unknown", and nothing else changes', () => {
    expect(dep(failing, 'cp313t', 'markupsafe')?.upgrade).toEqual({
      status: 'unknown',
      reason: 'the index answered HTTP 500',
    })
    expect(visible(failing.summary)).toContain('| unknown (the index answered HTTP 500) |')
    expect(failing.summary).not.toContain('upgrade: markupsafe')
    expect(failing.code).toBe(asked.code)
    expect(failing.outputs.outcome).toBe(asked.outputs.outcome)
    expect(failing.errors).toEqual(asked.errors)
    expect(index.requests.filter((r) => r.startsWith('/500/'))).toEqual(['/500/simple/markupsafe/ [json]'])
  })
})

describe('an install that fails on a build from source', () => {
  test('names what did not build, with the first release that has a wheel for the build', async () => {
    const run = await suite({
      'index-url': index.url(),
      install: 'pip install -q --disable-pip-version-check msgpack==1.0.8 pytest==8.3.4',
      run: 'pytest -q -p no:cacheprovider -k "not deps"',
      'fail-on': 'never',
    })
    // msgpack 1.0.8 predates 3.13: built from source on both, its Cython code fails on 3.13t.
    expect(run.errors).toContain(
      '::error::install: failed for cp313t (exit 1); its modes did not run. Did not build from source for cp313t: msgpack (no release has cp313t wheels yet)',
    )
    expect(dep(run, 'cp313', 'msgpack')).toMatchObject({
      wheel: 'built-here',
      upgrade: { status: 'found', version: '1.1.0', kind: 'abi' },
    })
  })
})
