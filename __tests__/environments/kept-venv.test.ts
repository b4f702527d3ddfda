import { expect, test } from '@jest/globals'
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { dependencyFiles, keepVenv, keptVenv, venvStamp } from '../../src/environments/kept-venv.js'

function project(files: Record<string, string>): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'spft-kept-'))
  for (const [name, text] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(dir, name)), { recursive: true })
    writeFileSync(path.join(dir, name), text)
  }
  return dir
}

test("a project's dependency files: pins and build files, not inside environments, builds or hidden folders", () => {
  const dir = project({
    'pyproject.toml': '[project]\n',
    'requirements-test.txt': 'pytest\n',
    'ci/requirements/docs.txt': 'sphinx\n',
    'ci/requirements.txt': 'x\n',
    'uv.lock': '',
    'src/pkg/setup.py': '',
    '.venv/lib/requirements.txt': '',
    '.tox/py/pyproject.toml': '',
    'node_modules/x/setup.py': '',
    'build/lib/setup.py': '',
    'README.md': '',
  })
  expect(dependencyFiles(dir).map((file) => path.relative(dir, file))).toEqual([
    'ci/requirements.txt',
    'pyproject.toml',
    'requirements-test.txt',
    'src/pkg/setup.py',
    'uv.lock',
  ])
})

test('the stamp changes with the install, the env, the extras and a dependency file, and only then', () => {
  const dir = project({ 'requirements.txt': 'pytest\n', 'tests/test_x.py': '' })
  const parts = {
    python: process.execPath,
    install: 'pip install -r requirements.txt',
    env: {},
    extras: [],
    workDir: dir,
  }
  const stamp = venvStamp(parts)
  expect(venvStamp(parts)).toBe(stamp)
  writeFileSync(path.join(dir, 'tests', 'test_x.py'), 'def test_x(): pass\n')
  expect(venvStamp(parts)).toBe(stamp)
  expect(venvStamp({ ...parts, install: 'pip install -e .' })).not.toBe(stamp)
  expect(venvStamp({ ...parts, env: { A: '1' } })).not.toBe(stamp)
  expect(venvStamp({ ...parts, extras: ['pytest-run-parallel 0.10.0'] })).not.toBe(stamp)
  writeFileSync(path.join(dir, 'requirements.txt'), 'pytest==8.3.5\n')
  expect(venvStamp(parts)).not.toBe(stamp)
})

test('a kept venv is found again under its stamp only, and only while its interpreter is there', () => {
  const dir = project({ 'bin/python': '', 'lib/site-packages/x': '' })
  const venv = {
    dir,
    bin: path.join(dir, 'bin'),
    python: path.join(dir, 'bin', 'python'),
    purelib: path.join(dir, 'lib', 'site-packages'),
  }
  keepVenv(venv, 'abc', { seconds: 12, built: [{ name: 'markupsafe' }], reused: [], cache: { key: 'k', hit: true } })
  const kept = keptVenv(dir, 'abc')
  expect(kept?.venv).toEqual(venv)
  // What the install built is kept for the report; the dependency cache's outcome was that run's.
  expect(kept?.record).toEqual({ seconds: 12, built: [{ name: 'markupsafe' }], reused: [] })
  expect(keptVenv(dir, 'other')).toBeUndefined()
  expect(keptVenv(path.join(dir, 'nowhere'), 'abc')).toBeUndefined()
})
