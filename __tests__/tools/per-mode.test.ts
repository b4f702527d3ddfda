import { describe, expect, test } from '@jest/globals'
import { execFileSync } from 'node:child_process'
import { chmodSync, mkdirSync, mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { noxPython, toolSetup } from '../../src/tools/per-mode.js'

const venv = { dir: '/v', bin: '/v/bin', python: '/v/bin/python', purelib: '/v/lib' }

describe('toolSetup', () => {
  test("tox and nox work in the leg's folder, nox and uv on the mode's interpreter, coverage and hypothesis apart", () => {
    const legDir = mkdtempSync(path.join(tmpdir(), 'spft-tools-'))
    const setup = toolSetup(
      { version: '3.14.7', build: 'freethreaded', mode: 'freethreaded' },
      legDir,
      venv,
      '/usr/bin:/bin',
      '/w',
    )
    expect(setup.env).toEqual({
      COVERAGE_FILE: path.join('/w', '.coverage.freethreaded'),
      HYPOTHESIS_STORAGE_DIRECTORY: path.join(legDir, 'hypothesis'),
      TOX_WORK_DIR: path.join(legDir, 'tox'),
      NOXFORCEPYTHON: '3.14t',
      SETUP_PYTHON_FT_NOX_ENVDIR: path.join(legDir, 'nox'),
      UV_PROJECT_ENVIRONMENT: '/v',
      UV_PYTHON: '/v/bin/python',
    })
    expect(noxPython({ version: '3.13.15', build: 'standard' })).toBe('3.13')
  })

  test('the nox wrapper runs the nox further down PATH with the env folder first, the arguments kept', () => {
    const legDir = mkdtempSync(path.join(tmpdir(), 'spft-tools-'))
    const real = path.join(legDir, 'real-bin')
    mkdirSync(real)
    writeFileSync(path.join(real, 'nox'), '#!/bin/sh\nprintf "%s|" "$@"\n')
    chmodSync(path.join(real, 'nox'), 0o755)
    // No nox anywhere: no wrapper, so that `command -v nox` finds none.
    expect(
      toolSetup({ version: '3.14.7', build: 'standard', mode: 'standard' }, legDir, venv, '/usr/bin:/bin', '/w')
        .pathFirst,
    ).toBeUndefined()
    const { pathFirst } = toolSetup(
      { version: '3.14.7', build: 'standard', mode: 'standard' },
      legDir,
      venv,
      `${real}:/usr/bin`,
      '/w',
    )
    // The wrapper's folder twice, spelled differently: it must not run itself.
    const env = { PATH: `${pathFirst}:${pathFirst}/:${real}:/usr/bin:/bin`, SETUP_PYTHON_FT_NOX_ENVDIR: '/leg/nox' }
    const out = execFileSync(path.join(pathFirst!, 'nox'), ['-s', 'tests', '--', 'a b'], { env, encoding: 'utf8' })
    expect(out).toBe('--envdir|/leg/nox|-s|tests|--|a b|')
    // No other nox on PATH: the shell's answer, not a loop.
    expect(() =>
      execFileSync(path.join(pathFirst!, 'nox'), [], { env: { ...env, PATH: `${pathFirst}:/bin` }, stdio: 'pipe' }),
    ).toThrow(/nox: command not found/)
  })
})
