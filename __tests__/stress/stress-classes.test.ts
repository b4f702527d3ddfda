import { describe, expect, test } from '@jest/globals'
import { compare } from '../../src/compare/comparison.js'
import { classifyStress } from '../../src/stress/stress-classes.js'
import { editTests, leg } from '../compare/helpers.js'

const none = new Set<never>()

describe('classifyStress', () => {
  test.each([
    [{ 'standard-stress': 'passed', 'freethreaded-stress': 'failed' }, 'races-without-gil'],
    [{ 'standard-stress': 'passed', 'freethreaded-stress': 'crashed' }, 'races-without-gil'],
    [{ 'standard-stress': 'passed', 'freethreaded-stress': 'hung' }, 'races-without-gil'],
    [{ 'standard-stress': 'failed', 'freethreaded-stress': 'failed' }, 'thread-unsafe'],
    [{ 'freethreaded-stress': 'failed' }, 'stress-only'],
    [{ 'standard-stress': 'failed', 'freethreaded-stress': 'passed' }, 'thread-unsafe'],
    [{ 'standard-stress': 'failed' }, 'thread-unsafe'],
    [{ 'standard-stress': 'passed', 'freethreaded-stress': 'passed' }, undefined],
    [{ standard: 'passed' }, undefined],
  ] as const)('%j is %s', (outcomes, verdict) => {
    expect(classifyStress(outcomes, none)).toBe(verdict)
  })

  test('absent after a stress mode died is not-run', () => {
    const stopped = new Set(['freethreaded-stress'] as const)
    expect(classifyStress({ 'standard-stress': 'passed', 'freethreaded-stress': 'absent' }, stopped)).toBe('not-run')
  })
})

describe('compare with stress modes', () => {
  const stress = { threads: 4, iterations: 2 }
  const legs = () => {
    const plain = { race: 'passed', unsafe: 'passed', fine: 'passed', plainRace: 'passed' } as const
    const standard = leg('standard', plain)
    const freethreaded = leg('freethreaded', { ...plain, plainRace: 'failed' })
    const standardStress = leg('standard-stress', {
      race: 'passed',
      unsafe: 'failed',
      fine: 'passed',
      plainRace: 'passed',
    })
    const freethreadedStress = leg('freethreaded-stress', {
      race: 'failed',
      unsafe: 'failed',
      fine: 'passed',
      plainRace: 'failed',
    })
    for (const l of [standard, freethreaded, standardStress, freethreadedStress]) {
      l.command = 'pytest -q'
      editTests(l, (t) => (t.nodeid = `tests/test_a.py::${t.id}`))
    }
    freethreaded.gil.pythonGil = '0'
    freethreadedStress.gil.pythonGil = '0'
    standardStress.stress = stress
    freethreadedStress.stress = stress
    return [standard, freethreaded, standardStress, freethreadedStress]
  }

  test('each test lands in one class; plain classes stay as they are; a race needs its reruns', () => {
    const group = compare(legs(), { requireGilDisabled: false }).groups[0]
    expect(group.divergences.map((r) => [r.id, r.kind])).toEqual([
      ['plainRace', 'freethreaded-only'],
      ['race', 'undecided'],
    ])
    expect(group.divergences[1].evidence).toEqual({
      verdict: 'undecided',
      counts: {},
      firstFailed: ['freethreaded-stress'],
    })
    expect(group.threadUnsafe.map((r) => r.id)).toEqual(['unsafe'])
    expect(group.common).toEqual([])
  })

  test('reruns in both stress modes decide the race; one failure under standard-stress makes it thread-unsafe', () => {
    const withReruns = (std: ('passed' | 'failed')[]) => {
      const all = legs()
      all[2].reruns = { race: std }
      all[3].reruns = { race: ['failed', 'failed', 'failed', 'failed', 'failed'] }
      return compare(all, { requireGilDisabled: false }).groups[0]
    }
    const decided = withReruns(['passed', 'passed', 'passed', 'passed', 'passed'])
    const race = decided.divergences.find((r) => r.id === 'race')!
    expect(race.kind).toBe('races-without-gil')
    expect(race.evidence?.counts).toEqual({
      'freethreaded-stress': { failed: 5, runs: 5 },
      'standard-stress': { failed: 0, runs: 5 },
    })
    expect(race.flaky).toBeUndefined()
    const unsafe = withReruns(['passed', 'failed', 'passed', 'passed', 'passed'])
    expect(unsafe.divergences.map((r) => r.id)).toEqual(['plainRace'])
    expect(unsafe.threadUnsafe.map((r) => [r.id, r.evidence?.verdict])).toEqual([
      ['race', 'thread-unsafe'],
      ['unsafe', 'thread-unsafe'],
    ])
  })

  test('a hang under stress is not weighed: it stays a hang', () => {
    const all = legs()
    editTests(all[3], (t) => {
      if (t.id === 'race') t.outcome = 'hung'
    })
    const race = compare(all, { requireGilDisabled: false }).groups[0].divergences.find((r) => r.id === 'race')!
    expect(race.kind).toBe('hung')
    expect(race.evidence).toBeUndefined()
  })

  test('every divergence carries the command that reproduces it', () => {
    const group = compare(legs(), { requireGilDisabled: false }).groups[0]
    const byId = Object.fromEntries(group.divergences.map((r) => [r.id, r.reproduce]))
    expect(byId.race).toBe(
      'PYTHON_GIL=0 python3.14t -m pytest tests/test_a.py::race --parallel-threads=4 --iterations=2',
    )
    expect(byId.plainRace).toBe('PYTHON_GIL=0 python3.14t -m pytest tests/test_a.py::plainRace')
  })
})
