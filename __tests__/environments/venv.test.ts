import { describe, expect, test } from '@jest/globals'
import path from 'node:path'
import { venvEnv } from '../../src/environments/venv.js'

describe('a command inside the venv', () => {
  const venv = { dir: '/w/venv', bin: '/w/venv/bin', python: '/w/venv/bin/python', purelib: '' }

  test('finds the venv first on PATH, as activate sets it', () => {
    const env = venvEnv(venv, { PATH: '/usr/bin', PYTHONHOME: '/elsewhere', KEEP: 'yes' })
    expect(env.PATH).toBe(['/w/venv/bin', '/usr/bin'].join(path.delimiter))
    expect(env.VIRTUAL_ENV).toBe('/w/venv')
    expect(env.PYTHONHOME).toBeUndefined()
    expect(env.KEEP).toBe('yes')
  })

  test('never inherits PYTHON_GIL from the job: each mode sets its own', () => {
    expect(venvEnv(venv, { PATH: '/usr/bin', PYTHON_GIL: '0' })).not.toHaveProperty('PYTHON_GIL')
  })
})
