import { describe, expect, test } from '@jest/globals'
import type { Installed } from '../../src/configure/exports.js'
import { planLegs } from '../../src/legs/leg-plan.js'
import { groupName } from '../../src/model/leg.js'
import { pythonGilFor } from '../../src/model/mode.js'

function installed(version: string, build: 'standard' | 'freethreaded'): Installed {
  const t = build === 'freethreaded' ? 't' : ''
  return {
    entry: version,
    version,
    build,
    abi: `cp${version.split('.').slice(0, 2).join('')}${t}`,
    prefix: `/tc/${version}/${build}`,
    python: `/tc/${version}/${build}/bin/python${t}`,
    source: 'tool-cache',
    sharedLibpython: false,
  }
}

describe('planLegs', () => {
  test('every mode of every version, PYTHON_GIL per mode', () => {
    const { legs, problems } = planLegs(
      [installed('3.14.7', 'standard'), installed('3.14.7', 'freethreaded')],
      ['standard', 'freethreaded', 'freethreaded-gil'],
      'force-off',
      'linux-x64',
    )
    expect(problems).toEqual([])
    expect(legs.map((l) => [l.id, l.build, l.pythonGil, l.group])).toEqual([
      ['3.14.7-standard', 'standard', undefined, 'Python 3.14 on linux-x64'],
      ['3.14.7-freethreaded', 'freethreaded', '0', 'Python 3.14 on linux-x64'],
      ['3.14.7-freethreaded-gil', 'freethreaded', '1', 'Python 3.14 on linux-x64'],
    ])
  })

  test('a mode whose build is not installed is a problem, not a leg', () => {
    const { legs, problems } = planLegs([installed('3.14.7', 'standard')], ['standard', 'freethreaded'], 'detect', 'x')
    expect(legs).toHaveLength(1)
    expect(problems).toEqual([
      'modes: freethreaded needs the freethreaded build of 3.14.7, which is not installed (see builds and python-version)',
    ])
  })

  test('PYTHON_GIL is never set on the standard build', () => {
    expect(pythonGilFor('standard', 'force-off')).toBeUndefined()
    expect(pythonGilFor('freethreaded', 'detect')).toBeUndefined()
  })

  test('groups by minor version unless two versions share it', () => {
    expect(groupName('3.14.7', ['3.14.7', '3.13.9'], 'linux-x64')).toBe('Python 3.14 on linux-x64')
    expect(groupName('3.14.7', ['3.14.7', '3.14.6'], 'linux-x64')).toBe('Python 3.14.7 on linux-x64')
  })
})
