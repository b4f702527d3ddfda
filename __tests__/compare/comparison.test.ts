import { describe, expect, test } from '@jest/globals'
import { compare, DuplicateLegError, EXIT_CODE_TEST } from '../../src/compare/comparison.js'
import { leg } from './helpers.js'
import { isTentative } from '../../src/compare/table.js'

describe('compare', () => {
  const standard = leg('standard', {
    'a::ok': 'passed',
    'a::race': 'passed',
    'a::common': 'failed',
    'a::crash': 'passed',
  })
  const freethreaded = leg('freethreaded', {
    'a::ok': 'passed',
    'a::race': 'failed',
    'a::common': 'failed',
    'a::crash': 'crashed',
  })

  test('divergences most serious first, common failures apart, an overall outcome', () => {
    const result = compare([freethreaded, standard], { requireGilDisabled: false })
    const [group] = result.groups
    expect(group.modes.map((m) => m.mode)).toEqual(['standard', 'freethreaded'])
    expect(group.divergences.map((d) => [d.id, d.kind])).toEqual([
      ['a::crash', 'crashed'],
      ['a::race', 'freethreaded-only'],
    ])
    expect(group.common.map((c) => c.id)).toEqual(['a::common'])
    expect(result).toMatchObject({ divergences: 2, failures: 3, outcome: 'diverged' })
  })

  test('the same failures everywhere is failed, all passing is passed', () => {
    const failing = compare([leg('standard', { t: 'failed' }), leg('freethreaded', { t: 'failed' })], {
      requireGilDisabled: false,
    })
    expect(failing.outcome).toBe('failed')
    const passing = compare([leg('standard', { t: 'passed' }), leg('freethreaded', { t: 'skipped' })], {
      requireGilDisabled: false,
    })
    expect(passing).toMatchObject({ outcome: 'diverged', divergences: 1 })
  })

  test('one mode alone compares nothing; as a matrix leg it is passed or failed', () => {
    const alone = compare([leg('standard', { t: 'passed' })], { requireGilDisabled: false })
    expect(alone).toMatchObject({ outcome: 'not-compared', divergences: 0, groups: [{ compared: false }] })
    expect(compare([], { requireGilDisabled: false }).outcome).toBe('not-compared')
    const legOnly = { requireGilDisabled: false, matrixLeg: true }
    expect(compare([leg('standard', { t: 'passed' })], legOnly).outcome).toBe('passed')
    expect(compare([leg('standard', { t: 'failed' })], legOnly).outcome).toBe('failed')
    const two = compare([leg('standard', { t: 'passed' }), leg('freethreaded', { t: 'passed' })], {
      requireGilDisabled: false,
    })
    expect(two).toMatchObject({ outcome: 'passed', groups: [{ compared: true }] })
  })

  test('legs are compared within their group only', () => {
    const other = { group: 'Python 3.13 on linux-x64' }
    const result = compare(
      [leg('standard', { t: 'passed' }), leg('freethreaded', { t: 'passed' }), leg('standard', { t: 'failed' }, other)],
      { requireGilDisabled: false },
    )
    expect(result.groups).toHaveLength(2)
    expect(result.divergences).toBe(0)
  })

  test('reruns tell a flaky divergence from a deterministic one', () => {
    const flaky = compare(
      [
        leg('standard', { t: 'passed' }, { reruns: { t: ['passed', 'passed'] } }),
        leg('freethreaded', { t: 'failed' }, { reruns: { t: ['passed', 'failed'] } }),
      ],
      { requireGilDisabled: false },
    )
    expect(flaky.groups[0].divergences[0]).toMatchObject({
      flaky: true,
      reruns: { freethreaded: ['passed', 'failed'] },
    })
    const steady = compare(
      [
        leg('standard', { t: 'passed' }, { reruns: { t: ['passed'] } }),
        leg('freethreaded', { t: 'failed' }, { reruns: { t: ['failed'] } }),
      ],
      { requireGilDisabled: false },
    )
    expect(steady.groups[0].divergences[0].flaky).toBe(false)
  })

  test('without any JUnit the exit codes are compared', () => {
    const crashed = { status: { exitCode: null, signal: 'SIGSEGV', timedOut: false, durationSeconds: 1, segments: 1 } }
    const result = compare([leg('standard', {}), leg('freethreaded', {}, crashed)], { requireGilDisabled: false })
    expect(result.groups[0].divergences).toEqual([
      expect.objectContaining({ id: EXIT_CODE_TEST, outcomes: { standard: 'passed', freethreaded: 'crashed' } }),
    ])
  })

  test('undeclared modules and a GIL that came back on are findings; blocking with require-gil-disabled', () => {
    const gil = {
      pythonGil: null,
      atStart: false,
      atEnd: true,
      enabledBy: [
        { test: 'a::late', when: 'test' },
        { test: 'a::late', module: 'pkg._ext', when: 'test' },
      ],
      undeclared: ['pkg._ext'],
      extensions: ['pkg._ext'],
    }
    const legs = [leg('standard', { t: 'passed' }), leg('freethreaded', { t: 'passed' }, { gil })]
    const soft = compare(legs, { requireGilDisabled: false })
    expect(soft.outcome).toBe('passed')
    expect(soft.findings.map((f) => [f.kind, f.blocking])).toEqual([
      ['undeclared-extension', false],
      ['gil-enabled', false],
    ])
    expect(soft.findings[1].message).toBe(
      'The GIL was on in freethreaded from test a::late on, when pkg._ext was imported: those tests ran with the GIL',
    )
    expect(soft.groups[0].modes[1].gilStayedOff).toBe(false)
    expect(compare(legs, { requireGilDisabled: true }).outcome).toBe('diverged')
  })

  test('a leg that never reported is missing, not passing', () => {
    const result = compare([leg('standard', { t: 'passed' })], {
      requireGilDisabled: false,
      expected: [
        { group: 'Python 3.14 on linux-x64', mode: 'standard' },
        { group: 'Python 3.14 on linux-x64', mode: 'freethreaded' },
      ],
    })
    expect(result.outcome).toBe('diverged')
    expect(result.findings).toEqual([
      expect.objectContaining({ kind: 'missing-leg', modes: ['freethreaded'], blocking: true }),
    ])
  })

  test('two legs claiming one mode', () => {
    expect(() => compare([standard, standard], { requireGilDisabled: false })).toThrow(DuplicateLegError)
  })

  test('a rerun that recorded nothing (absent) does not make a divergence flaky', () => {
    const result = compare(
      [
        leg('standard', { t: 'passed' }, { reruns: { t: ['passed', 'passed'] } }),
        leg('freethreaded', { t: 'crashed' }, { reruns: { t: ['absent', 'crashed'] } }),
      ],
      { requireGilDisabled: false },
    )
    expect(result.groups[0].divergences[0]).toMatchObject({ kind: 'crashed', flaky: false })
  })

  test('a distribution at different versions in the modes is a finding, not blocking', () => {
    const result = compare(
      [
        leg('standard', { t: 'passed' }, { packages: { hypothesis: '6.170.17', pytest: '9.2.0' } }),
        leg('freethreaded', { t: 'passed' }, { packages: { hypothesis: '6.155.7', pytest: '9.2.0' } }),
        leg('freethreaded-gil', { t: 'passed' }, { packages: { hypothesis: '6.155.7', pytest: '9.2.0' } }),
      ],
      { requireGilDisabled: false },
    )
    expect(result.outcome).toBe('passed')
    expect(result.findings).toEqual([
      {
        kind: 'dependency-versions',
        group: 'Python 3.14 on linux-x64',
        modes: ['standard', 'freethreaded', 'freethreaded-gil'],
        blocking: false,
        distribution: 'hypothesis',
        versions: { standard: '6.170.17', freethreaded: '6.155.7', 'freethreaded-gil': '6.155.7' },
        message:
          'hypothesis differs between the modes: 6.170.17 in standard; 6.155.7 in freethreaded, freethreaded-gil. The builds test against different versions',
      },
    ])
    expect(result.groups[0].modes[0].packages).toEqual({ hypothesis: '6.170.17', pytest: '9.2.0' })
  })

  test("pytest-run-parallel in the stress modes' venv only is the action's, not a finding; at two versions it is one", () => {
    const legs = (stress: string) => [
      leg('standard', { t: 'passed' }, { packages: { pytest: '9.2.0' } }),
      leg('freethreaded', { t: 'passed' }, { packages: { pytest: '9.2.0', 'pytest-run-parallel': '0.10.0' } }),
      leg('freethreaded-stress', { t: 'passed' }, { packages: { pytest: '9.2.0', 'pytest-run-parallel': stress } }),
    ]
    expect(compare(legs('0.10.0'), { requireGilDisabled: false }).findings).toEqual([])
    expect(compare(legs('0.8.0'), { requireGilDisabled: false }).findings.map((f) => f.message)).toEqual([
      'pytest-run-parallel differs between the modes: 0.10.0 in freethreaded; 0.8.0 in freethreaded-stress. The builds test against different versions',
    ])
  })
})

describe('a suite that never ran a test', () => {
  const notStarted = (mode: 'standard' | 'freethreaded', cause?: string, exitCode = 1) =>
    leg(mode, {}, { status: { exitCode, signal: null, timedOut: false, durationSeconds: 1, segments: 1, cause } })
  const cause = "pluggy._manager.PluginValidationError: Plugin 'conftest' for hook 'pytest_ignore_collect'"

  test('in every mode, the same way: one blocking finding naming the modes and the cause, never "the same failures"', () => {
    const comparison = compare([notStarted('standard', cause), notStarted('freethreaded', cause)], {
      requireGilDisabled: false,
    })
    expect(comparison.outcome).toBe('not-run')
    expect(comparison.failures).toBe(0)
    expect(comparison.groups[0].common).toEqual([])
    expect(comparison.findings).toEqual([
      expect.objectContaining({
        kind: 'no-tests',
        blocking: true,
        modes: ['standard', 'freethreaded'],
        message: `standard, freethreaded ran no test: pytest exited 1 before running a test: ${cause}`,
      }),
    ])
  })

  test('in one mode: that mode is reported and left out, the others are compared among themselves', () => {
    const comparison = compare(
      [
        leg('standard', { a: 'passed', b: 'failed' }),
        leg('freethreaded', { a: 'passed', b: 'passed' }),
        leg(
          'freethreaded-gil',
          {},
          { status: { exitCode: 5, signal: null, timedOut: false, durationSeconds: 1, segments: 1 } },
        ),
      ],
      { requireGilDisabled: false },
    )
    expect(comparison.outcome).toBe('not-run')
    const group = comparison.groups[0]
    expect(group.divergences.map((r) => [r.id, r.kind, Object.keys(r.outcomes)])).toEqual([
      ['b', 'standard-only', ['standard', 'freethreaded']],
    ])
    expect(group.modes.map((m) => m.mode)).toEqual(['standard', 'freethreaded', 'freethreaded-gil'])
    expect(comparison.findings.map((f) => f.message)).toEqual([
      'freethreaded-gil ran no test: pytest collected no tests (exit code 5)',
    ])
  })

  test('a command that is not pytest and writes no results still compares exit codes', () => {
    const make = (mode: 'standard' | 'freethreaded', exitCode: number) =>
      leg(
        mode,
        {},
        { command: 'make check', status: { exitCode, signal: null, timedOut: false, durationSeconds: 1, segments: 1 } },
      )
    const comparison = compare([make('standard', 0), make('freethreaded', 2)], { requireGilDisabled: false })
    expect(comparison.outcome).toBe('diverged')
    expect(comparison.groups[0].divergences.map((r) => r.id)).toEqual([EXIT_CODE_TEST])
    expect(comparison.findings.filter((f) => f.blocking)).toEqual([])
  })
})

describe("the project's extension modules that no mode imported", () => {
  test('one finding per module, with the ABIs it was built for; never blocking', () => {
    const comparison = compare(
      [
        leg('standard', { a: 'passed' }, { untestedExtensions: ['pkg._speedups'] }),
        leg('freethreaded', { a: 'passed' }, { untestedExtensions: ['pkg._speedups'] }),
      ],
      { requireGilDisabled: false },
    )
    expect(comparison.outcome).toBe('passed')
    expect(comparison.findings).toEqual([
      expect.objectContaining({
        kind: 'untested-extension',
        module: 'pkg._speedups',
        modes: ['standard', 'freethreaded'],
        blocking: false,
        message: expect.stringMatching(
          /^pkg\._speedups was built for cp314 and cp314t but never imported: the suite ran the pure-Python code/,
        ),
      }),
    ])
  })
})

describe('a divergence that follows the folder', () => {
  test('place-dependent when every failing mode failed alone in its folder and passed in the other', () => {
    const standard = leg('standard', { t: 'passed', real: 'passed', alone: 'passed' })
    const freethreaded = leg('freethreaded', { t: 'failed', real: 'failed', alone: 'failed' })
    freethreaded.placeCheck = {
      t: { here: 'failed', there: 'passed' },
      real: { here: 'failed', there: 'failed' },
      // Passing alone in both folders says nothing about the folder: the class stays.
      alone: { here: 'passed', there: 'passed' },
    }
    const group = compare([standard, freethreaded], { requireGilDisabled: false }).groups[0]
    const kinds = Object.fromEntries(group.divergences.map((row) => [row.id, row.kind]))
    expect(kinds).toEqual({ t: 'place-dependent', real: 'freethreaded-only', alone: 'freethreaded-only' })
    expect(group.divergences.find((r) => r.id === 't')!.placeCheck).toEqual({
      freethreaded: { here: 'failed', there: 'passed' },
    })
    expect(isTentative(group.divergences.find((r) => r.id === 't')!)).toBe(true)
  })
})
