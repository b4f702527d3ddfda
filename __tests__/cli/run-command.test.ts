import { expect, test } from '@jest/globals'
import { mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { defaultInstall, flagOf } from '../../src/cli/run-command.js'

const folder = (files: Record<string, string>) => {
  const dir = mkdtempSync(path.join(tmpdir(), 'spft-install-'))
  for (const [name, text] of Object.entries(files)) writeFileSync(path.join(dir, name), text)
  return dir
}

test('without --install: the project itself (editable) and pytest when the folder can be installed, else pytest', () => {
  expect(defaultInstall(folder({ 'pyproject.toml': '[build-system]\nrequires = ["setuptools"]\n' }))).toBe(
    'python -m pip install -e . pytest',
  )
  expect(defaultInstall(folder({ 'pyproject.toml': '[project]\nname = "x"\n' }))).toBe(
    'python -m pip install -e . pytest',
  )
  expect(defaultInstall(folder({ 'setup.py': '' }))).toBe('python -m pip install -e . pytest')
  // Tool settings alone (ruff, pytest) do not make a folder installable.
  expect(defaultInstall(folder({ 'pyproject.toml': '[tool.pytest.ini_options]\n' }))).toBe(
    'python -m pip install pytest',
  )
  expect(defaultInstall(folder({}))).toBe('python -m pip install pytest')
})

test("an input's fault names the flag it came from", () => {
  expect(flagOf('modes')).toBe('--modes')
  expect(flagOf('stress-threads')).toBe('--stress-threads')
  expect(flagOf('python-version')).toBe('--python')
  expect(flagOf('run')).toBe('the command after --')
})
