import { describe, expect, test } from '@jest/globals'
import semver from 'semver'
import { planMatrix, type MatrixOptions, type Resolve } from '../../src/matrix/matrix-plan.js'
import { parseRunners } from '../../src/inputs/runner-labels.js'
import { parseVersionEntry } from '../../src/inputs/version-spec.js'

/** Builds that exist: 3.13.9 and 3.14.7 everywhere, but no free-threaded 3.13 on Windows arm64. */
const resolve: Resolve = (request, build, platform) => {
  const versions = ['3.13.9', '3.14.7', '3.15.0-rc.1']
  const missing = (v: string) =>
    build === 'freethreaded' && platform.os === 'win32' && platform.arch === 'arm64' && v.startsWith('3.13')
  return semver.rsort(
    versions.filter(
      (v) => !missing(v) && semver.satisfies(v, request.range, { includePrerelease: request.includePrerelease }),
    ),
  )[0]
}

function options(overrides: Partial<MatrixOptions> = {}): MatrixOptions {
  return {
    runners: parseRunners(['ubuntu-latest', 'macos-latest', 'windows-latest', 'windows-11-arm']),
    requests: ['3.13', '3.14', '3.15-dev'].map((v) => parseVersionEntry(v, 'both', false)),
    modes: ['standard', 'freethreaded', 'freethreaded-gil'],
    gil: 'force-off',
    stress: { threads: 4, iterations: 1 },
    include: [],
    exclude: [],
    artifact: 'setup-python-ft',
    ...overrides,
  }
}

describe('planMatrix', () => {
  test('3 OS x 4 versions x 3 modes: every combination that exists, named, with PYTHON_GIL and the ABI', () => {
    const plan = planMatrix(options(), resolve)
    expect(plan.matrix.include).toHaveLength(4 * 3 * 3 - 2)
    expect(plan.dropped).toEqual([
      '3.13 freethreaded on windows-11-arm (windows-arm64): no freethreaded build',
      '3.13 freethreaded-gil on windows-11-arm (windows-arm64): no freethreaded build',
    ])
    expect(plan.matrix.include[4]).toEqual({
      name: '3.14 freethreaded · ubuntu-latest',
      os: 'ubuntu-latest',
      platform: 'linux-x64',
      'python-version': '3.14',
      'stress-threads': '',
      'stress-iterations': '',
      mode: 'freethreaded',
      build: 'freethreaded',
      'python-gil': '0',
      gil: 'force-off',
      abi: 'cp314t',
      group: 'Python 3.14 on linux-x64',
      artifact: 'setup-python-ft-linux-x64-3.14-freethreaded',
    })
    expect(plan.matrix.include.find((e) => e.mode === 'freethreaded-gil')!['python-gil']).toBe('1')
    expect(plan.matrix.include.find((e) => e.mode === 'standard')!['python-gil']).toBe('')
    expect(plan.warnings[0]).toMatch(
      /^python-version: 3\.13 resolves to 3\.13\.9; 3\.13t was an experiment, is deprecated/,
    )
  })

  test('exclude as GitHub does; include extends matching entries or adds new ones', () => {
    const plan = planMatrix(
      options({
        runners: parseRunners(['ubuntu-latest', 'macos-latest']),
        requests: [parseVersionEntry('3.14', 'both', false)],
        modes: ['standard', 'freethreaded'],
        exclude: [{ os: 'macos-latest', mode: 'standard' }],
        include: [
          { os: 'ubuntu-latest', mode: 'freethreaded', 'extra-args': '-p xdist' },
          { os: 'self-hosted', name: 'x' },
        ],
      }),
      resolve,
    )
    expect(plan.matrix.include.map((e) => e.name)).toEqual([
      '3.14 standard · ubuntu-latest',
      '3.14 freethreaded · ubuntu-latest',
      '3.14 freethreaded · macos-latest',
      'x',
    ])
    expect(plan.matrix.include[1]['extra-args']).toBe('-p xdist')
  })

  test('an empty matrix after exclude is an error naming exclude', () => {
    expect(() =>
      planMatrix(
        options({
          exclude: [
            { 'python-version': '3.13' },
            { mode: 'standard' },
            { mode: 'freethreaded' },
            { mode: 'freethreaded-gil' },
          ],
        }),
        resolve,
      ),
    ).toThrow('exclude: every one of the 34 combinations was excluded: the matrix would be empty')
  })

  test('cibuildwheel: identifiers per runner, one job each, PYTHON_GIL=0 on t builds, prerelease enabled', () => {
    const { cibuildwheel, warnings } = planMatrix(options(), resolve)
    expect(cibuildwheel.build['ubuntu-latest']).toBe(
      'cp313-manylinux_x86_64 cp313-musllinux_x86_64 cp314-manylinux_x86_64 cp314-musllinux_x86_64 cp314t-manylinux_x86_64 cp314t-musllinux_x86_64 cp315-manylinux_x86_64 cp315-musllinux_x86_64 cp315t-manylinux_x86_64 cp315t-musllinux_x86_64',
    )
    expect(cibuildwheel.build['windows-11-arm']).toBe(
      'cp313-win_arm64 cp314-win_arm64 cp314t-win_arm64 cp315-win_arm64 cp315t-win_arm64',
    )
    expect(cibuildwheel.build['macos-latest']).toContain('cp314t-macosx_arm64')
    expect(cibuildwheel.matrix.include.find((e) => e.only === 'cp314t-win_amd64')).toEqual({
      os: 'windows-latest',
      only: 'cp314t-win_amd64',
      build: 'freethreaded',
      'python-version': '3.14',
      'cibw-enable': '',
      'test-environment': 'PYTHON_GIL=0',
    })
    expect(cibuildwheel.matrix.include.find((e) => e.only === 'cp314-win_amd64')!['test-environment']).toBe('')
    expect(cibuildwheel.matrix.include.find((e) => e.only === 'cp315t-win_amd64')!['cibw-enable']).toBe(
      'cpython-prerelease',
    )
    expect(cibuildwheel.enable).toBe('cpython-prerelease')
    expect(warnings).toContain(
      'cibuildwheel 4 builds no cp313t wheels (dropped in cibuildwheel 4.0): cp313t is left out of the wheel builds',
    )
  })

  test('stress legs carry the stress inputs, so that every leg of a group stresses alike', () => {
    const plan = planMatrix(
      options({ modes: ['standard-stress', 'freethreaded-stress', 'standard'], stress: { threads: 8, iterations: 3 } }),
      resolve,
    )
    const linux = plan.matrix.include.filter((e) => e.os === 'ubuntu-latest' && e['python-version'] === '3.14')
    expect(linux.map((e) => [e.mode, e['python-gil'], e['stress-threads'], e['stress-iterations']])).toEqual([
      ['standard-stress', '', '8', '3'],
      ['freethreaded-stress', '0', '8', '3'],
      ['standard', '', '', ''],
    ])
  })
})
