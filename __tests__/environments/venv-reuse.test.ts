import { expect, test } from '@jest/globals'
import { mkdirSync, mkdtempSync, symlinkSync, utimesSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import {
  editableInstall,
  installedVenv,
  markReusable,
  namedFiles,
  projectFiles,
  reusableVenv,
  venvStamp,
} from '../../src/environments/venv-reuse.js'

function project(files: Record<string, string>): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'spft-reuse-'))
  for (const [name, text] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(dir, name)), { recursive: true })
    writeFileSync(path.join(dir, name), text)
  }
  return dir
}

const relative = (dir: string, files: string[]) => files.map((file) => path.relative(dir, file))

test("a project's dependency files and the sources a new install would pick up", () => {
  const dir = project({
    'pyproject.toml': '[project]\n',
    'requirements/test.txt': 'pytest\n',
    'test-requirements.txt': 'pytest\n',
    'constraints.txt': '',
    'uv.lock': '',
    'src/pkg/__init__.py': '',
    'src/pkg/_speedups.c': '',
    'src/pkg/tests/test_pkg.py': '',
    'tests/test_x.py': '',
    'tests/conftest.py': '',
    'meson.build': '',
    '.venv/lib/requirements.txt': '',
    '.tox/py/pyproject.toml': '',
    'node_modules/x/setup.py': '',
    'build/lib/pkg/__init__.py': '',
    'README.md': '',
  })
  symlinkSync(path.join(dir, 'pyproject.toml'), path.join(dir, 'src', 'pyproject.toml'))
  const editable = projectFiles(dir, true)
  expect(relative(dir, editable.dependencies)).toEqual([
    'constraints.txt',
    'pyproject.toml',
    'requirements/test.txt',
    'src/pyproject.toml',
    'test-requirements.txt',
    'uv.lock',
  ])
  // Editable: the Python files are read in place; only what is compiled needs a new install.
  expect(relative(dir, editable.sources)).toEqual(['meson.build', 'src/pkg/_speedups.c'])
  // Installed as a copy: the package's Python files too, not the tests'.
  expect(relative(dir, projectFiles(dir, false).sources)).toEqual([
    'meson.build',
    'src/pkg/__init__.py',
    'src/pkg/_speedups.c',
  ])
})

test('what an install command says: editable or not, and the files it names', () => {
  expect(editableInstall('python -m pip install -e . pytest')).toBe(true)
  expect(editableInstall('pip install --editable=.[test]')).toBe(true)
  expect(editableInstall('uv sync --group test')).toBe(true)
  expect(editableInstall('uv sync --no-editable')).toBe(false)
  expect(editableInstall('poetry install --with test')).toBe(true)
  expect(editableInstall('pip install . pytest')).toBe(false)
  expect(editableInstall('pip install -r requirements-e.txt .')).toBe(false)
  expect(namedFiles('pip install -r ci/reqs.txt -c "pins.txt" --requirement=other.txt .', '/p')).toEqual([
    '/p/ci/reqs.txt',
    '/p/pins.txt',
    '/p/other.txt',
  ])
})

test('the stamp changes with what makes the venv, and only then', () => {
  const dir = project({
    'requirements.txt': 'pytest\n',
    'ci/pins.txt': 'x==1\n',
    'tests/test_x.py': '',
    'pkg/core.py': '',
  })
  const parts = {
    python: process.execPath,
    install: 'pip install -e . -r requirements.txt -c ci/pins.txt',
    env: { HOME: '/h', PWD: '/a' },
    given: { CYTHON_TRACE: '1' },
    extras: [],
    workDir: dir,
  }
  const stamp = venvStamp(parts)
  expect(venvStamp({ ...parts, env: { HOME: '/other', PWD: '/b', TERM: 'xterm' } })).toBe(stamp)
  writeFileSync(path.join(dir, 'tests', 'test_x.py'), 'def test_x(): pass\n')
  writeFileSync(path.join(dir, 'pkg', 'core.py'), 'x = 1\n')
  expect(venvStamp(parts)).toBe(stamp)
  expect(venvStamp({ ...parts, install: 'pip install -e .' })).not.toBe(stamp)
  expect(venvStamp({ ...parts, env: { ...parts.env, PIP_INDEX_URL: 'https://mirror/simple' } })).not.toBe(stamp)
  expect(venvStamp({ ...parts, env: { ...parts.env, CFLAGS: '-O0' } })).not.toBe(stamp)
  // Any variable given with --env (the env input) counts, whatever its name.
  expect(venvStamp({ ...parts, given: { CYTHON_TRACE: '0' } })).not.toBe(stamp)
  expect(venvStamp({ ...parts, extras: ['pytest-run-parallel 0.10.0'] })).not.toBe(stamp)
  writeFileSync(path.join(dir, 'ci', 'pins.txt'), 'x==2\n')
  const pinned = venvStamp(parts)
  expect(pinned).not.toBe(stamp)
  // Not editable: a change to the package's code needs a new install.
  const copy = { ...parts, install: 'pip install . -r requirements.txt' }
  const before = venvStamp(copy)
  utimesSync(path.join(dir, 'pkg', 'core.py'), new Date(), new Date(Date.now() + 5000))
  expect(venvStamp(copy)).not.toBe(before)
})

test('a reusable venv is found again under its stamp only, and only while its interpreter is there', () => {
  const dir = project({ 'bin/python': '', 'lib/site-packages/x': '' })
  const venv = {
    dir,
    bin: path.join(dir, 'bin'),
    python: path.join(dir, 'bin', 'python'),
    purelib: path.join(dir, 'lib', 'site-packages'),
  }
  expect(installedVenv(dir)).toBe(false)
  markReusable(venv, 'abc', {
    seconds: 12,
    built: [{ name: 'markupsafe' }],
    reused: [],
    cache: { key: 'k', hit: true },
  })
  expect(installedVenv(dir)).toBe(true)
  const reused = reusableVenv(dir, 'abc')
  expect(reused?.venv).toEqual(venv)
  // What the install built is kept for the report; the dependency cache's outcome was that run's.
  expect(reused?.record).toEqual({ seconds: 12, built: [{ name: 'markupsafe' }], reused: [] })
  expect(reusableVenv(dir, 'other')).toBeUndefined()
  expect(reusableVenv(path.join(dir, 'nowhere'), 'abc')).toBeUndefined()
})
