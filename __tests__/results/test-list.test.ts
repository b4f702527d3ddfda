import { describe, expect, test } from '@jest/globals'
import { isArrayBuffer } from 'node:util/types'
import { MessageChannel } from 'node:worker_threads'
import { IdBytes, TestList, type TestListColumns } from '../../src/results/test-list.js'

// The types as the list itself gives them, so that this file imports nothing but the list.
type TestResult = ReturnType<TestList['get']>
type Outcome = TestResult['outcome']

const OUTCOMES: Outcome[] = ['passed', 'failed', 'error', 'skipped', 'xfail', 'xpass', 'crashed', 'hung', 'absent']

/** Ids in several scripts: accents (composed and not), Cyrillic, Greek, CJK, Arabic, Hebrew, Devanagari, emoji. */
const SCRIPTS = [
  'tests.test_a::test_plain',
  'tests.test_é::test_café',
  'tests.test_e\u0301::test_cafe\u0301',
  'tests.тест::test_привет',
  'tests.δοκιμή::test_αβγ',
  'tests.测试::test_日本語_한국어',
  'tests.اختبار::test_مرحبا',
  'tests.בדיקה::test_שלום',
  'tests.परीक्षण::test_नमस्ते',
  'tests.emoji::test_🧵_👩‍👩‍👧_🇫🇷',
  'tests.quote::test_"x" & <y> \\ \t',
]

/** Every field set, none empty. */
const FULL: TestResult = {
  id: 'tests.test_x::test_full',
  outcome: 'crashed',
  nodeid: 'tests/test_x.py::test_full',
  file: 'tests/test_x.py',
  line: 12,
  message: 'Fatal Python error: Segmentation fault',
  details: 'Current thread 0x1 (most recent call first):\n  File "x.py", line 12\n',
  time: 0.25,
  threads: 4,
  singleThreaded: 'thread_unsafe marker',
}

/**
 * A varied test for index i: fields present or not by i, so that neighbours differ. Its keys come
 * in the order get(i) gives them (that of TestResult), so that JSON.stringify of both agree.
 */
function varied(i: number): TestResult {
  const test: TestResult = { id: `${SCRIPTS[i % SCRIPTS.length]}_${i}`, outcome: OUTCOMES[i % OUTCOMES.length] }
  if (i % 4 === 0) test.nodeid = `tests/test_${i % 7}.py::test_${i}`
  if (i % 2 === 0) test.file = `tests/test_${i % 7}.py`
  if (i % 3 === 0) test.line = i % 50
  if (i % 5 === 0) test.message = `assert ${i} == 0`
  if (i % 6 === 0) test.details = `line one\nline "two" ${i}`
  if (i % 7 === 0) test.time = i / 8
  if (i % 8 === 0) test.threads = i % 5
  if (i % 9 === 0) test.singleThreaded = `reason ${i}`
  return test
}

const range = (count: number) => Array.from({ length: count }, (_, i) => i)

describe('an empty list', () => {
  test('has no tests, counts nothing and says so as JSON', () => {
    const list = new TestList()
    expect(list.length).toBe(0)
    expect([...list]).toEqual([])
    expect(list.toJSON()).toEqual([])
    expect(JSON.stringify(list)).toBe('[]')
    expect(list.outcomeCounts()).toEqual(Object.fromEntries(OUTCOMES.map((o) => [o, 0])))
    expect(list.threadCounts()).toEqual({ parallel: 0, single: 0 })
    expect(TestList.from([]).length).toBe(0)
  })
})

describe('pushing and reading back', () => {
  test('push returns each index in turn; get gives back exactly what was pushed, no extra key', () => {
    const list = new TestList()
    expect(list.push(FULL)).toBe(0)
    expect(list.push({ id: 'bare', outcome: 'passed' })).toBe(1)
    expect(list.length).toBe(2)
    expect(list.get(0)).toStrictEqual(FULL)
    expect(list.get(1)).toStrictEqual({ id: 'bare', outcome: 'passed' })
    expect(Object.keys(list.get(1))).toEqual(['id', 'outcome'])
    expect(list.id(0)).toBe(FULL.id)
    expect(list.outcome(0)).toBe('crashed')
    expect(list.singleThreaded(0)).toBe('thread_unsafe marker')
    expect(list.singleThreaded(1)).toBeUndefined()
    expect(list.threadCount(0)).toBe(4)
    expect(list.threadCount(1)).toBeUndefined()
  })

  test('every outcome keeps its name', () => {
    const list = TestList.from(OUTCOMES.map((outcome, i) => ({ id: `t${i}`, outcome })))
    expect(range(OUTCOMES.length).map((i) => list.outcome(i))).toEqual(OUTCOMES)
  })

  test('zeros are values, not "missing": line 0, time 0, threads 0, empty strings', () => {
    const zero: TestResult = {
      id: '',
      outcome: 'passed',
      nodeid: '',
      file: '',
      line: 0,
      message: '',
      details: '',
      time: 0,
      threads: 0,
      singleThreaded: '',
    }
    const list = TestList.from([zero])
    expect(list.get(0)).toStrictEqual(zero)
    expect(list.threadCount(0)).toBe(0)
  })

  test('threads beyond what a column holds are capped, not wrapped', () => {
    const list = TestList.from([{ id: 'many', outcome: 'passed', threads: 100_000 }])
    expect(list.get(0).threads).toBe(0xfffe)
  })

  test('counts by outcome, and stress tests that ran in several threads or in one', () => {
    const list = TestList.from([
      { id: 'a', outcome: 'passed', threads: 4 },
      { id: 'b', outcome: 'passed', threads: 2 },
      { id: 'c', outcome: 'failed', threads: 1 },
      { id: 'd', outcome: 'skipped' },
      { id: 'e', outcome: 'hung', threads: 0 },
      { id: 'f', outcome: 'failed', threads: 1 },
    ])
    expect(list.outcomeCounts()).toEqual({
      passed: 2,
      failed: 2,
      error: 0,
      skipped: 1,
      xfail: 0,
      xpass: 0,
      crashed: 0,
      hung: 1,
      absent: 0,
    })
    expect(list.threadCounts()).toEqual({ parallel: 2, single: 2 })
  })

  test('from takes any iterable: a generator, or another list', () => {
    function* tests() {
      for (const i of range(5)) yield varied(i)
    }
    const list = TestList.from(tests())
    expect(list.toJSON()).toStrictEqual(range(5).map(varied))
    expect(TestList.from(list).toJSON()).toStrictEqual(list.toJSON())
  })
})

describe('growing past the first 256 tests', () => {
  test('every column keeps every test through several doublings', () => {
    const count = 256 * 8 + 3
    const list = new TestList()
    for (const i of range(count)) expect(list.push(varied(i))).toBe(i)
    expect(list.length).toBe(count)
    for (const i of [0, 255, 256, 257, 511, 512, 1000, count - 1]) expect(list.get(i)).toStrictEqual(varied(i))
    expect(list.toJSON()).toStrictEqual(range(count).map(varied))
    const counts = list.outcomeCounts()
    expect(Object.values(counts).reduce((a, b) => a + b)).toBe(count)
    expect(counts.absent).toBe(range(count).filter((i) => i % OUTCOMES.length === 8).length)
  })
})

describe('replacing a test (set)', () => {
  test('replaces every field, and drops what the new test does not have', () => {
    const list = TestList.from([FULL, { id: 'next', outcome: 'passed' }])
    list.set(0, { id: 'other', outcome: 'passed' })
    expect(list.get(0)).toStrictEqual({ id: 'other', outcome: 'passed' })
    expect(list.singleThreaded(0)).toBeUndefined()
    expect(list.threadCount(0)).toBeUndefined()
    expect(list.json(0)).toBe('{"id":"other","outcome":"passed"}')
    expect(list.get(1)).toStrictEqual({ id: 'next', outcome: 'passed' })
    expect(list.length).toBe(2)
  })

  test('a node id given to a later test leaves the earlier ones without', () => {
    const list = TestList.from([{ id: 'a', outcome: 'passed' }])
    list.set(0, { id: 'a', outcome: 'failed', nodeid: 'x.py::a' })
    list.push({ id: 'b', outcome: 'passed' })
    list.push({ id: 'c', outcome: 'passed', nodeid: 'x.py::c' })
    expect(list.toJSON()).toStrictEqual([
      { id: 'a', outcome: 'failed', nodeid: 'x.py::a' },
      { id: 'b', outcome: 'passed' },
      { id: 'c', outcome: 'passed', nodeid: 'x.py::c' },
    ])
  })
})

describe('json(i)', () => {
  test('is JSON.stringify(get(i)), byte for byte, for every shape of test and script of id', () => {
    const tests = [FULL, { id: 'bare', outcome: 'passed' } as TestResult, ...range(300).map(varied)]
    const list = TestList.from(tests)
    for (const i of range(list.length)) expect(list.json(i)).toBe(JSON.stringify(list.get(i)))
    expect(list.json(0)).toBe(JSON.stringify(FULL))
  })

  test('escapes what JSON must: quotes, backslashes, control characters, lone surrogates', () => {
    const awkward: TestResult = {
      id: 'q"\\\n\t\u0001\ud800',
      outcome: 'failed',
      file: 'dir "with" quotes\\x.py',
      message: '\u2028\u2029',
      details: '\udfff end',
    }
    const list = TestList.from([awkward])
    expect(list.json(0)).toBe(JSON.stringify(awkward))
    expect(JSON.parse(list.json(0))).toEqual(JSON.parse(JSON.stringify(awkward)))
  })

  test('follows file names added after a first call (its names are cached)', () => {
    const list = TestList.from([{ id: 'a', outcome: 'passed', file: 'a.py' }])
    expect(list.json(0)).toBe('{"id":"a","outcome":"passed","file":"a.py"}')
    list.push({ id: 'b', outcome: 'passed', file: 'b.py' })
    expect(list.json(1)).toBe('{"id":"b","outcome":"passed","file":"b.py"}')
  })
})

describe('file names (mapFiles)', () => {
  test('each distinct name is stored once and rewritten once, and every test follows', () => {
    const tests = range(1000).map(
      (i) => ({ id: `t${i}`, outcome: 'passed', file: `/w/tests/test_${i % 3}.py` }) as TestResult,
    )
    const list = TestList.from(tests)
    const seen: string[] = []
    list.mapFiles((file) => (seen.push(file), file.replace('/w/', '')))
    expect(seen.sort()).toEqual(['/w/tests/test_0.py', '/w/tests/test_1.py', '/w/tests/test_2.py'])
    expect(list.get(4).file).toBe('tests/test_1.py')
    expect(list.get(999).file).toBe('tests/test_0.py')
  })

  test('json(i) shows the new names even when it ran before the change', () => {
    const list = TestList.from([{ id: 'a', outcome: 'passed', file: '/w/a.py', line: 3 }])
    expect(list.json(0)).toBe('{"id":"a","outcome":"passed","file":"/w/a.py","line":3}')
    list.mapFiles((file) => file.slice(3))
    expect(list.json(0)).toBe('{"id":"a","outcome":"passed","file":"a.py","line":3}')
  })

  test('after a rewrite, a test in a rewritten file shares its name; one in the old name adds it again', () => {
    const list = TestList.from([{ id: 'a', outcome: 'passed', file: '/w/a.py' }])
    list.mapFiles((file) => file.slice(3))
    list.push({ id: 'b', outcome: 'passed', file: 'a.py' })
    list.push({ id: 'c', outcome: 'passed', file: '/w/a.py' })
    const seen: string[] = []
    list.mapFiles((file) => (seen.push(file), file))
    expect(seen).toEqual(['a.py', '/w/a.py'])
    expect(list.toJSON().map((t) => t.file)).toEqual(['a.py', 'a.py', '/w/a.py'])
  })

  test('tests without a file are left alone', () => {
    const list = TestList.from([{ id: 'a', outcome: 'passed' }])
    const seen: string[] = []
    list.mapFiles((file) => (seen.push(file), 'x'))
    expect(seen).toEqual([])
    expect(list.get(0)).toStrictEqual({ id: 'a', outcome: 'passed' })
  })
})

describe('iteration', () => {
  test('for..of, spread and JSON.stringify give the tests in the order pushed', () => {
    const tests = range(20).map(varied)
    const list = TestList.from(tests)
    const seen: TestResult[] = []
    for (const test of list) seen.push(test)
    expect(seen).toStrictEqual(tests)
    expect([...list]).toStrictEqual(tests)
    expect(JSON.stringify(list)).toBe(JSON.stringify(tests))
  })

  test('gives fresh objects: changing one does not change the list', () => {
    const list = TestList.from([{ id: 'a', outcome: 'passed' }])
    const [first] = list
    first.outcome = 'failed'
    first.id = 'changed'
    expect(list.get(0)).toStrictEqual({ id: 'a', outcome: 'passed' })
  })
})

describe('ids as UTF-8 bytes (IdBytes)', () => {
  test('nothing added: no chunks, no ids', () => {
    const columns = new IdBytes().columns()
    expect(columns.chunks).toEqual([])
    expect(columns.counts).toEqual([])
    expect(columns.ends.length).toBe(0)
    expect(IdBytes.decode(columns)).toEqual([])
  })

  test('each id ends where its UTF-8 bytes end: 1, 2, 3 and 4 bytes a character', () => {
    const bytes = new IdBytes()
    for (const id of ['a', 'é', '中', '🧵', '']) bytes.add(id)
    const columns = bytes.columns()
    expect([...columns.ends]).toEqual([1, 3, 6, 10, 10])
    expect(columns.counts).toEqual([5])
    expect(Buffer.from(columns.chunks[0]).toString('utf8')).toBe('aé中🧵')
    expect(IdBytes.decode(columns)).toEqual(['a', 'é', '中', '🧵', ''])
  })

  test('ids in several scripts come back exactly, normalization untouched', () => {
    const bytes = new IdBytes()
    for (const id of SCRIPTS) bytes.add(id)
    const ids = IdBytes.decode(bytes.columns())
    expect(ids).toEqual(SCRIPTS)
    // The same name composed and decomposed: two ids, neither normalized into the other.
    expect(ids[2]).not.toBe(ids[1])
    expect(ids[2].normalize('NFC')).toBe(ids[1])
  })

  test('more ids than the first ends column holds (16,384)', () => {
    const bytes = new IdBytes()
    const ids = range(40_000).map((i) => `${SCRIPTS[i % SCRIPTS.length]}_${i}`)
    for (const id of ids) bytes.add(id)
    const columns = bytes.columns()
    expect(columns.ends.length).toBe(40_000)
    expect(IdBytes.decode(columns)).toEqual(ids)
  })

  test('ids over several chunks of 4 MiB: counts add up, ends start again in each chunk', () => {
    const bytes = new IdBytes()
    // Lengths that vary, in scripts of 2, 3 and 4 bytes a character, so that chunk ends fall anywhere.
    const ids = range(1200).map((i) => `${i}:${['é', '中', '🧵'][i % 3].repeat(1000 + ((i * 7919) % 5000))}`)
    for (const id of ids) bytes.add(id)
    const columns = bytes.columns()
    expect(columns.chunks.length).toBeGreaterThan(1)
    expect(columns.counts.reduce((a, b) => a + b)).toBe(1200)
    for (const chunk of columns.chunks) expect(chunk.byteLength).toBeLessThanOrEqual(4 * 1024 * 1024)
    const firstOfSecond = columns.counts[0]
    expect(columns.ends[firstOfSecond]).toBe(Buffer.byteLength(ids[firstOfSecond]))
    expect(IdBytes.decode(columns)).toEqual(ids)
  })

  test('an id that would fit at 2 bytes a character but not at its real 3 starts the next chunk', () => {
    // Chunks of 4 MiB: 4,189,304 bytes of ASCII ids leave 5,000 bytes; 2,000 CJK characters take 6,000.
    const ids = range(4189).map((i) => String(i % 10).repeat(1000))
    ids.push('y'.repeat(304), '中'.repeat(2000), 'z')
    const bytes = new IdBytes()
    for (const id of ids) bytes.add(id)
    const columns = bytes.columns()
    expect(columns.counts).toEqual([4190, 2])
    expect(IdBytes.decode(columns)).toEqual(ids)
  })

  test('one id longer than a chunk gets a chunk big enough, between short ones', () => {
    const bytes = new IdBytes()
    const long = `🧵${'x'.repeat(5_000_000)}`
    for (const id of ['before', long, 'after']) bytes.add(id)
    const columns = bytes.columns()
    expect(columns.counts.reduce((a, b) => a + b)).toBe(3)
    expect(Math.max(...columns.chunks.map((c) => c.byteLength))).toBeGreaterThan(4 * 1024 * 1024)
    expect(IdBytes.decode(columns)).toEqual(['before', long, 'after'])
  })

  test('ids added after columns() are kept too', () => {
    const bytes = new IdBytes()
    bytes.add('one')
    bytes.columns()
    bytes.add('')
    bytes.add('two')
    expect(IdBytes.decode(bytes.columns())).toEqual(['one', '', 'two'])
  })
})

/** A list as a worker thread fills it: tests pushed with empty ids, the ids kept as bytes. */
function filledByThread(tests: TestResult[]): { list: TestList; ids: IdBytes } {
  const list = new TestList()
  const ids = new IdBytes()
  for (const test of tests) {
    ids.add(test.id)
    list.push({ ...test, id: '' })
  }
  return { list, ids }
}

describe('moving a list between threads (toTransfer, fromTransfer)', () => {
  test('the columns are moved, not copied: the sender keeps none of the buffers', () => {
    const tests = range(600).map(varied)
    const { list, ids } = filledByThread(tests)
    const { columns, transfer } = list.toTransfer(ids)
    expect(transfer.every((buffer) => isArrayBuffer(buffer))).toBe(true)
    expect(new Set(transfer).size).toBe(transfer.length)
    expect(transfer.length).toBe(columns.ids.chunks.length + 6)
    const received = structuredClone(columns, { transfer })
    expect(transfer.every((buffer) => buffer.byteLength === 0)).toBe(true)
    expect(columns.outcomes.length).toBe(0)
    const moved = TestList.fromTransfer(received)
    expect(moved.length).toBe(600)
    expect(moved.toJSON()).toStrictEqual(tests)
    for (const i of range(600)) expect(moved.json(i)).toBe(JSON.stringify(tests[i]))
  })

  test('through a message port, as a worker posts it', async () => {
    const tests = [FULL, ...SCRIPTS.map((id, i) => ({ ...varied(i), id }))]
    const { list, ids } = filledByThread(tests)
    const { columns, transfer } = list.toTransfer(ids)
    const { port1, port2 } = new MessageChannel()
    const received = new Promise<TestListColumns>((resolve) => port2.once('message', resolve))
    port1.postMessage(columns, transfer)
    const moved = TestList.fromTransfer(await received)
    port1.close()
    expect(moved.toJSON()).toStrictEqual(tests)
    expect(moved.singleThreaded(0)).toBe(FULL.singleThreaded)
    expect(moved.threadCount(0)).toBe(4)
  })

  test('a moved list grows, reuses its file names and rewrites each once', () => {
    const tests = range(300).map(
      (i) => ({ id: `t${i}`, outcome: 'failed', file: `f${i % 2}.py`, line: i }) as TestResult,
    )
    const { list, ids } = filledByThread(tests)
    const { columns, transfer } = list.toTransfer(ids)
    const moved = TestList.fromTransfer(structuredClone(columns, { transfer }))
    for (const i of range(300)) moved.push({ id: `more${i}`, outcome: 'passed', file: 'f1.py' })
    expect(moved.length).toBe(600)
    expect(moved.get(299)).toStrictEqual(tests[299])
    expect(moved.get(599)).toStrictEqual({ id: 'more299', outcome: 'passed', file: 'f1.py' })
    const seen: string[] = []
    moved.mapFiles((file) => (seen.push(file), `src/${file}`))
    expect(seen.sort()).toEqual(['f0.py', 'f1.py'])
    expect(moved.json(599)).toBe('{"id":"more299","outcome":"passed","file":"src/f1.py"}')
  })

  test('a list with no tests moves, then grows', () => {
    const { list, ids } = filledByThread([])
    const { columns, transfer } = list.toTransfer(ids)
    const moved = TestList.fromTransfer(structuredClone(columns, { transfer }))
    expect(moved.length).toBe(0)
    for (const i of range(300)) moved.push(varied(i))
    expect(moved.toJSON()).toStrictEqual(range(300).map(varied))
  })

  test('the failures and single-thread reasons cross with their tests', () => {
    const tests: TestResult[] = [
      { id: 'ok', outcome: 'passed' },
      { id: 'bad', outcome: 'failed', message: 'm', details: 'd' },
      { id: 'alone', outcome: 'passed', threads: 1, singleThreaded: 'uses a global' },
    ]
    const { list, ids } = filledByThread(tests)
    const moved = TestList.fromTransfer(structuredClone(list.toTransfer(ids).columns))
    expect(moved.toJSON()).toStrictEqual(tests)
    expect(moved.threadCounts()).toEqual({ parallel: 0, single: 1 })
    expect(moved.outcomeCounts().failed).toBe(1)
  })
})

describe('TestList.slowest', () => {
  test('the longest tests first, those without a time left out, at most the count asked', () => {
    const list = new TestList()
    const times = [0.5, undefined, 3, 0.1, 3, 7, undefined, 2]
    times.forEach((time, i) => list.push({ id: `t${i}`, outcome: 'passed', ...(time === undefined ? {} : { time }) }))
    expect(list.slowest(3).map((at) => list.id(at))).toEqual(['t5', 't2', 't4'])
    expect(list.slowest(10).map((at) => list.id(at))).toEqual(['t5', 't2', 't4', 't7', 't0', 't3'])
    expect(new TestList().slowest(5)).toEqual([])
  })
})
