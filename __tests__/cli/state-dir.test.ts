import { expect, test } from '@jest/globals'
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { projectDir, reusedVenvPython, userCacheDir } from '../../src/cli/state-dir.js'
import { markReusable } from '../../src/environments/venv-reuse.js'

test("the user's cache folder: XDG's on Linux, the platform's own elsewhere", () => {
  expect(userCacheDir({ XDG_CACHE_HOME: '/x/cache' }, 'linux', '/home/u')).toBe('/x/cache/setup-python-ft')
  // XDG: a relative value is invalid and ignored.
  expect(userCacheDir({ XDG_CACHE_HOME: 'rel' }, 'linux', '/home/u')).toBe('/home/u/.cache/setup-python-ft')
  expect(userCacheDir({}, 'linux', '/home/u')).toBe('/home/u/.cache/setup-python-ft')
  expect(userCacheDir({ XDG_CACHE_HOME: '/x' }, 'darwin', '/Users/u')).toBe('/Users/u/Library/Caches/setup-python-ft')
  expect(userCacheDir({ LOCALAPPDATA: 'C:/Users/u/AppData/Local' }, 'win32', 'C:/Users/u')).toBe(
    path.join('C:/Users/u/AppData/Local', 'setup-python-ft', 'Cache'),
  )
})

test("a project's folder: its name and a hash of where it is, the same from any spelling of the path", () => {
  const parent = mkdtempSync(path.join(tmpdir(), 'spft-state-'))
  const one = projectDir('/c', path.join(parent, 'my project'))
  expect(one).toMatch(/^\/c\/projects\/my_project-[0-9a-f]{12}$/)
  expect(projectDir('/c', path.join(parent, 'x', '..', 'my project'))).toBe(one)
  expect(projectDir('/c', path.join(parent, 'other', 'my project'))).not.toBe(one)
})

test("a venv of the project's last run, only when its install succeeded", () => {
  const project = mkdtempSync(path.join(tmpdir(), 'spft-project-'))
  const dir = path.join(project, 'run', 'venv', 'cp314t')
  const python = path.join(dir, 'bin', 'python')
  mkdirSync(path.dirname(python), { recursive: true })
  writeFileSync(python, '')
  expect(reusedVenvPython(project, 'cp314t')).toBeUndefined()
  markReusable({ dir, bin: path.dirname(python), python, purelib: dir }, 'stamp', { seconds: 1, built: [], reused: [] })
  expect(reusedVenvPython(project, 'cp314t')).toBe(python)
  expect(reusedVenvPython(project, 'cp314')).toBeUndefined()
})
