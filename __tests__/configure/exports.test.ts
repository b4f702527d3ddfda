import { describe, expect, test } from '@jest/globals'
import {
  abiBuildFlags,
  buildEnvironment,
  computeExports,
  defaultInterpreter,
  type Installed,
} from '../../src/configure/exports.js'

function installed(version: string, build: Installed['build'], entry = version): Installed {
  const suffix = build === 'freethreaded' ? 't' : ''
  const prefix = `/tc/Python/${version}/x64${suffix ? '-freethreaded' : ''}`
  const minor = version.split('.').slice(0, 2).join('.')
  return {
    entry,
    version,
    build,
    abi: `cp${minor.replace('.', '')}${suffix}`,
    prefix,
    python: `${prefix}/bin/python${minor}${suffix}`,
    source: 'python-versions',
    sharedLibpython: true,
  }
}

const pair = [installed('3.14.7', 'standard', '3.14'), installed('3.14.7', 'freethreaded', '3.14')]

test('PYTHON_GIL is never exported to the job, only offered in the free-threaded env file', () => {
  const exports = computeExports(pair, undefined, 'linux', ':', {}, '/tmp/env')
  expect(exports.env).not.toHaveProperty('PYTHON_GIL')
  expect(exports.envFiles['/tmp/env/cp314t.env']).toContain('PYTHON_GIL=0\n')
  expect(exports.envFiles['/tmp/env/cp314.env']).not.toContain('PYTHON_GIL')
  expect(exports.outputs['python-gil-freethreaded']).toBe('0')
})

test('only the default build goes on PATH, bin after the prefix as setup-python adds them', () => {
  const exports = computeExports(pair, 'standard', 'linux', ':', {}, '/tmp/env')
  expect(exports.path).toEqual(['/tc/Python/3.14.7/x64', '/tc/Python/3.14.7/x64/bin', '/tmp/bin'])
  expect(exports.outputs['python-version']).toBe('3.14.7')
})

test('the names folder, first on PATH: python3.X and pip3.X standard, python3.Xt and pip3.Xt free-threaded, python and pip the default', () => {
  const many = [...pair, installed('3.13.15', 'standard', '3.13'), installed('3.13.15', 'freethreaded', '3.13')]
  const { names, path } = computeExports(many, undefined, 'linux', ':', {}, '/tmp/run/env')
  expect(path[path.length - 1]).toBe('/tmp/run/bin')
  const std = (version: string, ...n: string[]) => n.map((name) => `/tc/Python/${version}/x64/bin/${name}`)
  const ft = (version: string, ...n: string[]) => n.map((name) => `/tc/Python/${version}/x64-freethreaded/bin/${name}`)
  expect(names).toEqual({
    dir: '/tmp/run/bin',
    links: {
      'python3.14': std('3.14.7', 'python3.14'),
      'pip3.14': std('3.14.7', 'pip3.14', 'pip3', 'pip'),
      'python3.14t': ft('3.14.7', 'python3.14t'),
      'pip3.14t': ft('3.14.7', 'pip3.14t', 'pip3.14', 'pip3', 'pip'),
      'python3.13': std('3.13.15', 'python3.13'),
      'pip3.13': std('3.13.15', 'pip3.13', 'pip3', 'pip'),
      'python3.13t': ft('3.13.15', 'python3.13t'),
      'pip3.13t': ft('3.13.15', 'pip3.13t', 'pip3.13', 'pip3', 'pip'),
      python: ft('3.13.15', 'python3.13t'),
      python3: ft('3.13.15', 'python3.13t'),
      // A build with only pip3.13t (or only pip) still gets pip and pip3.
      pip: ft('3.13.15', 'pip3', 'pip', 'pip3.13t'),
      pip3: ft('3.13.15', 'pip3', 'pip', 'pip3.13t'),
    },
  })
  expect(computeExports(many, undefined, 'win32', ';', {}, 'C:/t/env').names.links).toEqual({})
})

test('the last entry is the default, as with setup-python; earlier ones stay reachable', () => {
  const many = [...pair, installed('3.13.15', 'standard', '3.13'), installed('3.13.15', 'freethreaded', '3.13')]
  expect(defaultInterpreter(many, undefined).abi).toBe('cp313t')
  const exports = computeExports(many, undefined, 'linux', ':', { ldLibraryPath: '/usr/local/lib' }, '/e')
  expect(exports.env).toMatchObject({ PYTHON_CP314: pair[0].python, PYTHON_CP314T: pair[1].python })
  expect(exports.env.LD_LIBRARY_PATH.split(':')).toHaveLength(5)
  expect(exports.env.LD_LIBRARY_PATH.endsWith(':/usr/local/lib')).toBe(true)
  expect(exports.path.slice(-3)).toEqual([
    '/tc/Python/3.13.15/x64-freethreaded',
    '/tc/Python/3.13.15/x64-freethreaded/bin',
    '/bin',
  ])
})

test('PKG_CONFIG_PATH keeps what was there', () => {
  const exports = computeExports(pair, undefined, 'linux', ':', { pkgConfigPath: '/usr/lib/pkgconfig' }, '/e')
  expect(exports.env.PKG_CONFIG_PATH).toBe('/tc/Python/3.14.7/x64-freethreaded/lib/pkgconfig:/usr/lib/pkgconfig')
})

test('on Windows the free-threaded build environment defines Py_GIL_DISABLED for MSVC', () => {
  expect(buildEnvironment(pair[1], 'win32').CL).toBe('/DPy_GIL_DISABLED=1')
  expect(buildEnvironment(pair[0], 'win32')).not.toHaveProperty('CL')
  expect(buildEnvironment(pair[1], 'linux')).not.toHaveProperty('CL')
  const exports = computeExports(pair, undefined, 'win32', ';', {}, 'C:\\e')
  expect(exports.env).not.toHaveProperty('CL')
  expect(exports.env).not.toHaveProperty('LD_LIBRARY_PATH')
})

test('the interpreters output lists every interpreter', () => {
  const listed = JSON.parse(computeExports(pair, undefined, 'linux', ':', {}, '/e').outputs.interpreters)
  expect(listed.map((i: { 'python-version': string; abi: string }) => [i['python-version'], i.abi])).toEqual([
    ['3.14.7', 'cp314'],
    ['3.14.7t', 'cp314t'],
  ])
})

describe('abiBuildFlags', () => {
  test('Py_GIL_DISABLED for free-threaded builds on Windows only', () => {
    expect(abiBuildFlags('freethreaded', 'win32')).toEqual({ CL: '/DPy_GIL_DISABLED=1' })
    expect(abiBuildFlags('standard', 'win32')).toEqual({})
    expect(abiBuildFlags('freethreaded', 'linux')).toEqual({})
  })
})
