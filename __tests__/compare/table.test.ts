import { describe, expect, test } from '@jest/globals'
import { failingModes, TestTable, type TableLeg, type TestRow } from '../../src/compare/table.js'
import { TestList } from '../../src/results/test-list.js'
import { sampleLegs } from './sample.js'

// The types as the table gives them, so that this file imports nothing but the table and the list.
type Mode = TableLeg['mode']
type TestResult = ReturnType<TestList['get']>
type Outcome = TestResult['outcome']

/** What a table reads of a leg: its mode, its tests and their reruns. */
function leg(mode: Mode, tests: (TestResult | [string, Outcome])[], reruns: Record<string, Outcome[]> = {}): TableLeg {
  const list = TestList.from(tests.map((t) => (Array.isArray(t) ? { id: t[0], outcome: t[1] } : t)))
  return { mode, tests: list, reruns }
}

/** Every row's id and outcomes, in the table's order. */
const summary = (table: TestTable) => [...table].map((row) => [row.id, row.outcomes])

describe('no legs, no tests', () => {
  test('an empty table has no rows', () => {
    for (const table of [TestTable.empty(), new TestTable([])]) {
      expect(table.size).toBe(0)
      expect(table.legCount).toBe(0)
      expect([...table]).toEqual([])
    }
  })

  test('legs without tests give no rows', () => {
    const table = new TestTable([leg('standard', []), leg('freethreaded', [])])
    expect(table.size).toBe(0)
    expect(table.legCount).toBe(2)
    expect([...table]).toEqual([])
  })
})

describe('one row per test id', () => {
  test('legs listing the same tests in the same order: rows in that order, every mode filled', () => {
    const table = new TestTable([
      leg('standard', [
        ['a', 'passed'],
        ['b', 'failed'],
      ]),
      leg('freethreaded', [
        ['a', 'passed'],
        ['b', 'passed'],
      ]),
    ])
    expect(table.size).toBe(2)
    expect(summary(table)).toEqual([
      ['a', { standard: 'passed', freethreaded: 'passed' }],
      ['b', { standard: 'failed', freethreaded: 'passed' }],
    ])
    expect(table.outcome(0, 1)).toBe('failed')
    expect(table.outcome(1, 1)).toBe('passed')
  })

  test('legs in another order: rows in the order first seen, each test found in every leg', () => {
    const table = new TestTable([
      leg('standard', [
        ['a', 'passed'],
        ['b', 'failed'],
        ['c', 'skipped'],
      ]),
      leg('freethreaded', [
        ['c', 'crashed'],
        ['a', 'hung'],
        ['b', 'error'],
      ]),
    ])
    expect(table.size).toBe(3)
    expect(summary(table)).toEqual([
      ['a', { standard: 'passed', freethreaded: 'hung' }],
      ['b', { standard: 'failed', freethreaded: 'error' }],
      ['c', { standard: 'skipped', freethreaded: 'crashed' }],
    ])
    expect(table.test(1, 0)).toEqual({ id: 'a', outcome: 'hung' })
    expect(table.outcome(1, 2)).toBe('crashed')
  })

  test('a test present in one leg only: absent in the others, and no test there', () => {
    const table = new TestTable([
      leg('standard', [
        ['both', 'passed'],
        ['only-standard', 'failed'],
      ]),
      leg('freethreaded', [
        ['both', 'passed'],
        ['only-freethreaded', 'passed'],
      ]),
      leg('freethreaded-gil', []),
    ])
    expect(table.size).toBe(3)
    expect(summary(table)).toEqual([
      ['both', { standard: 'passed', freethreaded: 'passed', 'freethreaded-gil': 'absent' }],
      ['only-standard', { standard: 'failed', freethreaded: 'absent', 'freethreaded-gil': 'absent' }],
      ['only-freethreaded', { freethreaded: 'passed', standard: 'absent', 'freethreaded-gil': 'absent' }],
    ])
    expect(table.test(1, 1)).toBeUndefined()
    expect(table.outcome(1, 1)).toBeUndefined()
    expect(table.singleThreaded(1, 1)).toBeUndefined()
    expect(table.test(0, 2)).toBeUndefined()
    expect(table.outcome(2, 0)).toBeUndefined()
  })

  test('legs that agree but for one more test at the end are not "in order": the extra test gets its row', () => {
    const table = new TestTable([
      leg('standard', [['a', 'passed']]),
      leg('freethreaded', [
        ['a', 'passed'],
        ['z', 'failed'],
      ]),
    ])
    expect(summary(table)).toEqual([
      ['a', { standard: 'passed', freethreaded: 'passed' }],
      ['z', { freethreaded: 'failed', standard: 'absent' }],
    ])
    const shorterLast = new TestTable([
      leg('standard', [
        ['a', 'passed'],
        ['z', 'failed'],
      ]),
      leg('freethreaded', [['a', 'passed']]),
    ])
    expect(summary(shorterLast)).toEqual([
      ['a', { standard: 'passed', freethreaded: 'passed' }],
      ['z', { standard: 'failed', freethreaded: 'absent' }],
    ])
    expect(shorterLast.test(1, 1)).toBeUndefined()
  })

  test('ids in several scripts are matched exactly; the same name composed and decomposed is two tests', () => {
    const ids = ['tests.тест::test_привет', 'tests.测试::test_日本語', 'tests.emoji::test_🧵', 'tests.x::test_café']
    const decomposed = 'tests.x::test_cafe\u0301'
    const table = new TestTable([
      leg(
        'standard',
        ids.map((id) => [id, 'passed']),
      ),
      leg('freethreaded', [
        ...[...ids].reverse().map((id) => [id, 'failed'] as [string, Outcome]),
        [decomposed, 'passed'],
      ]),
    ])
    expect(table.size).toBe(5)
    expect(summary(table)).toEqual([
      ...ids.map((id) => [id, { standard: 'passed', freethreaded: 'failed' }]),
      [decomposed, { freethreaded: 'passed', standard: 'absent' }],
    ])
  })

  test('one leg alone: a row for each of its tests', () => {
    const table = new TestTable([leg('freethreaded-stress', [['a', 'xfail']])])
    expect(summary(table)).toEqual([['a', { 'freethreaded-stress': 'xfail' }]])
  })

  test('many tests, reversed and thinned in one leg: the same rows as counted by hand', () => {
    const count = 2000
    const ids = Array.from({ length: count }, (_, i) => `t${i}`)
    const standard = leg(
      'standard',
      ids.map((id) => [id, 'passed']),
    )
    const thinned = ids.filter((_, i) => i % 3 !== 0).reverse()
    const freethreaded = leg('freethreaded', [
      ...thinned.map((id) => [id, 'failed'] as [string, Outcome]),
      ['new', 'passed'],
    ])
    const table = new TestTable([standard, freethreaded])
    expect(table.size).toBe(count + 1)
    const rows = [...table]
    expect(rows.map((r) => r.id)).toEqual([...ids, 'new'])
    rows
      .slice(0, count)
      .forEach((row, i) =>
        expect(row.outcomes).toEqual({ standard: 'passed', freethreaded: i % 3 === 0 ? 'absent' : 'failed' }),
      )
    expect(rows[count].outcomes).toEqual({ freethreaded: 'passed', standard: 'absent' })
  })
})

describe('a row, made when asked for', () => {
  test('the first node id, single-thread reason and file with its line, whichever leg has them', () => {
    const table = new TestTable([
      leg('standard', [{ id: 'a', outcome: 'passed' }]),
      leg('freethreaded', [{ id: 'a', outcome: 'passed', nodeid: 'x.py::a', file: 'x.py', line: 7 }]),
      leg('freethreaded-stress', [
        { id: 'a', outcome: 'passed', nodeid: 'other', file: 'y.py', line: 1, singleThreaded: 'marker', threads: 1 },
      ]),
    ])
    expect(table.row(0)).toStrictEqual({
      id: 'a',
      outcomes: { standard: 'passed', freethreaded: 'passed', 'freethreaded-stress': 'passed' },
      nodeid: 'x.py::a',
      singleThreaded: 'marker',
      file: 'x.py',
      line: 7,
    })
    expect(table.singleThreaded(2, 0)).toBe('marker')
    expect(table.singleThreaded(1, 0)).toBeUndefined()
  })

  test('a file without a line keeps no line from another leg', () => {
    const table = new TestTable([
      leg('standard', [{ id: 'a', outcome: 'passed', file: 'x.py' }]),
      leg('freethreaded', [{ id: 'a', outcome: 'passed', file: 'x.py', line: 3 }]),
    ])
    expect(table.row(0).file).toBe('x.py')
    expect(table.row(0).line).toBeUndefined()
  })

  test('messages of the failing modes only; a skip reason is not a failure message', () => {
    const table = new TestTable([
      leg('standard', [{ id: 'a', outcome: 'skipped', message: 'needs the GIL' }]),
      leg('freethreaded', [{ id: 'a', outcome: 'failed', message: 'assert 1 == 2' }]),
      leg('freethreaded-gil', [{ id: 'a', outcome: 'crashed', message: 'Segmentation fault' }]),
      leg('standard-stress', [{ id: 'a', outcome: 'error' }]),
    ])
    expect(table.row(0).messages).toEqual({ freethreaded: 'assert 1 == 2', 'freethreaded-gil': 'Segmentation fault' })
  })

  test('no failure, no messages and no details', () => {
    const table = new TestTable([
      leg('standard', [{ id: 'a', outcome: 'xfail', message: 'known', details: 'trace' }]),
      leg('freethreaded', [{ id: 'a', outcome: 'passed' }]),
    ])
    const row = table.row(0)
    expect(row.messages).toBeUndefined()
    expect(row.details).toBeUndefined()
  })

  test('details from the last failing mode other than standard; from standard only when no other fails', () => {
    const failing = (mode: Mode, details: string) => leg(mode, [{ id: 'a', outcome: 'failed', details }])
    const passing = (mode: Mode) => leg(mode, [{ id: 'a', outcome: 'passed', details: 'ignored' }])
    const details = (...legs: TableLeg[]) => new TestTable(legs).row(0).details
    expect(details(failing('standard', 'S'), failing('freethreaded', 'F'))).toBe('F')
    expect(details(failing('freethreaded', 'F'), failing('standard', 'S'))).toBe('F')
    expect(details(failing('freethreaded', 'F'), failing('freethreaded-gil', 'G'))).toBe('G')
    expect(details(failing('standard', 'S'), passing('freethreaded'))).toBe('S')
    expect(details(passing('standard'), failing('freethreaded-stress', 'T'))).toBe('T')
  })

  test('details fall back to the message, and are clipped, crashes and hangs with more room', () => {
    const long = 'x'.repeat(100_000)
    const row = (outcome: Outcome, test: Partial<TestResult>) =>
      new TestTable([leg('freethreaded', [{ id: 'a', outcome, ...test }])]).row(0)
    expect(row('failed', { message: 'only a message' }).details).toBe('only a message')
    expect(row('failed', { message: 'm', details: 'd' }).details).toBe('d')
    const failed = row('failed', { details: long }).details!
    const crashed = row('crashed', { details: long }).details!
    const hung = row('hung', { details: long }).details!
    expect(failed.endsWith('…')).toBe(true)
    expect(crashed.endsWith('…')).toBe(true)
    expect(failed.length).toBeLessThan(long.length)
    expect(crashed.length).toBeGreaterThan(failed.length)
    expect(hung.length).toBe(crashed.length)
    expect(long.startsWith(failed.slice(0, -1))).toBe(true)
  })

  test('reruns by mode, when there were any; none for an empty list or an id only the prototype knows', () => {
    const table = new TestTable([
      leg(
        'standard',
        [
          ['a', 'failed'],
          ['constructor', 'failed'],
          ['b', 'failed'],
        ],
        { a: ['failed', 'passed'], b: [] },
      ),
      leg(
        'freethreaded',
        [
          ['a', 'failed'],
          ['constructor', 'failed'],
          ['b', 'failed'],
        ],
        { a: ['failed', 'failed'] },
      ),
    ])
    expect(table.row(0).reruns).toEqual({ standard: ['failed', 'passed'], freethreaded: ['failed', 'failed'] })
    expect(table.row(1).reruns).toBeUndefined()
    expect(table.row(2).reruns).toBeUndefined()
  })

  test('rows are made anew on each call and can be changed freely; a kept row is that very row', () => {
    const table = new TestTable([
      leg('standard', [
        ['a', 'failed'],
        ['b', 'passed'],
      ]),
      leg('freethreaded', [
        ['b', 'passed'],
        ['a', 'passed'],
      ]),
    ])
    const made = table.row(0)
    expect(table.row(0)).not.toBe(made)
    made.outcomes.standard = 'passed'
    expect(table.row(0).outcomes.standard).toBe('failed')

    const kept: TestRow = { ...table.row(0), flaky: true, reproduce: 'pytest -k a' }
    table.keep(0, kept)
    expect(table.row(0)).toBe(kept)
    const rows = [...table]
    expect(rows[0]).toBe(kept)
    expect(rows[1]).toEqual({ id: 'b', outcomes: { standard: 'passed', freethreaded: 'passed' } })
  })
})

describe('the sample legs', () => {
  test('each group’s rows match a count by hand: outcomes by mode, absent where a leg lacks the test', () => {
    const { legs } = sampleLegs(300)
    const group = legs.filter((l) => l.group === legs[0].group)
    const table = new TestTable(group)
    const byId = new Map<string, Partial<Record<Mode, Outcome>>>()
    for (const l of group) for (const t of l.tests) byId.set(t.id, { ...byId.get(t.id), [l.mode]: t.outcome })
    expect(table.size).toBe(byId.size)
    for (const row of table) {
      const expected = byId.get(row.id)!
      for (const l of group)
        expect([row.id, l.mode, row.outcomes[l.mode]]).toEqual([row.id, l.mode, expected[l.mode] ?? 'absent'])
      for (const l of group) {
        const reruns = l.reruns[row.id]
        expect(row.reruns?.[l.mode]).toEqual(reruns?.length ? reruns : undefined)
      }
    }
  })
})

describe('failingModes', () => {
  test('the modes that failed, errored, crashed, hung, or did not run the test', () => {
    const row: TestRow = {
      id: 'a',
      outcomes: {
        standard: 'passed',
        freethreaded: 'failed',
        'freethreaded-gil': 'error',
        'standard-stress': 'crashed',
        'freethreaded-stress': 'hung',
      },
    }
    expect(failingModes(row)).toEqual(['freethreaded', 'freethreaded-gil', 'standard-stress', 'freethreaded-stress'])
    expect(failingModes({ id: 'b', outcomes: { standard: 'absent', freethreaded: 'passed' } })).toEqual(['standard'])
  })

  test('skips, expected failures and unexpected passes are not failing', () => {
    const row: TestRow = {
      id: 'a',
      outcomes: {
        standard: 'skipped',
        freethreaded: 'xfail',
        'freethreaded-gil': 'xpass',
        'standard-stress': 'passed',
      },
    }
    expect(failingModes(row)).toEqual([])
    expect(failingModes({ id: 'none', outcomes: {} })).toEqual([])
  })

  test('on a row the table made: the modes without the test count', () => {
    const table = new TestTable([
      leg('standard', [['a', 'passed']]),
      leg('freethreaded', [['b', 'crashed']]),
      leg('freethreaded-gil', [
        ['b', 'passed'],
        ['a', 'failed'],
      ]),
    ])
    expect(failingModes(table.row(0)).sort()).toEqual(['freethreaded', 'freethreaded-gil'])
    expect(failingModes(table.row(1)).sort()).toEqual(['freethreaded', 'standard'])
  })
})
