import { afterAll, describe, expect, test } from '@jest/globals'
import { mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { readJunitColumns, readJunitHere, readJunitTests, WORKER_BYTES } from '../../src/results/read-junit.js'
import { IdBytes, TestList } from '../../src/results/test-list.js'

const dir = mkdtempSync(path.join(tmpdir(), 'spft-read-junit-'))
afterAll(() => rmSync(dir, { recursive: true, force: true }))

/** A pytest-style file: ids in several scripts, a failure, a skip, an error, files and lines. */
function junit(count: number): string {
  const names = ['plain', 'café', '日本語', 'emoji 🧵', 'quote "x" & <y>']
  const cases = Array.from({ length: count }, (_, i) => {
    const open = `<testcase classname="tests.test_${i % 3}" name="test_${names[i % names.length].replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/"/g, '&quot;')}_${i}" file="tests/test_${i % 3}.py" line="${i % 50}" time="0.00${i % 7}"`
    if (i % 97 === 5) return `${open}><failure message="assert ${i}">E assert ${i}</failure></testcase>`
    if (i % 89 === 3) return `${open}><skipped type="pytest.skip" message="later"/></testcase>`
    if (i % 83 === 1) return `${open}><error message="setup">boom</error></testcase>`
    return `${open}/>`
  })
  return `<?xml version="1.0" encoding="utf-8"?><testsuites><testsuite name="pytest">${cases.join('\n')}</testsuite></testsuites>`
}

describe('a JUnit file read as columns (what the worker thread posts)', () => {
  test('gives the very tests the file gives when read here, in any script, across chunks of ids', async () => {
    const file = path.join(dir, 'many.xml')
    // About 6 MiB of ids: more than one chunk of IdBytes.
    writeFileSync(file, junit(200_000))
    const here = await readJunitHere(file)
    const { columns, read } = await readJunitColumns(file)
    expect(columns.ids.chunks.length).toBeGreaterThan(1)
    const moved = TestList.fromTransfer(structuredClone(columns))
    expect(read).toEqual(here.read)
    expect(moved.length).toBe(here.tests.length)
    expect(moved.toJSON()).toEqual(here.tests.toJSON())
    expect(moved.get(2).id).toBe('tests.test_2::test_日本語_2')
    expect(moved.get(4).id).toBe('tests.test_1::test_quote "x" & <y>_4')
    // The list goes on growing after the move, as a merge with the probe would.
    moved.push({ id: 'extra', outcome: 'passed', file: 'tests/test_1.py' })
    expect(moved.get(moved.length - 1)).toEqual({ id: 'extra', outcome: 'passed', file: 'tests/test_1.py' })
  })

  test('ids of any length and script come back whole', () => {
    const ids = new IdBytes()
    const values = ['', 'a', 'é'.repeat(3_000_000), '🧵', 'x'.repeat(13)]
    for (const id of values) ids.add(id)
    expect(IdBytes.decode(ids.columns())).toEqual(values)
  })

  test('a file with no tests moves too, and its list still grows', async () => {
    const file = path.join(dir, 'none.xml')
    writeFileSync(file, '<testsuites><testsuite name="pytest"></testsuite></testsuites>')
    const { columns } = await readJunitColumns(file)
    const moved = TestList.fromTransfer(structuredClone(columns))
    expect(moved.length).toBe(0)
    for (let i = 0; i < 300; i++) moved.push({ id: `t${i}`, outcome: 'failed', line: i })
    expect(moved.get(299)).toEqual({ id: 't299', outcome: 'failed', line: 299 })
  })

  test('a thread that dies before it answers: the file is read on this thread instead', async () => {
    const file = path.join(dir, 'large.xml')
    writeFileSync(file, junit(80_000))
    expect(statSync(file).size).toBeGreaterThanOrEqual(WORKER_BYTES)
    const broken = path.join(dir, 'broken-worker.mjs')
    writeFileSync(broken, "throw new Error('the thread could not start')\n")
    const read = await readJunitTests(file, broken)
    expect(read.fallback).toMatch(/the thread could not start/)
    expect(read.tests.length).toBe(80_000)
    expect(read.tests.get(2).id).toBe('tests.test_2::test_日本語_2')
  })

  test('a file cut short gives the tests before the cut and why it stopped, here and as columns', async () => {
    const file = path.join(dir, 'cut.xml')
    const whole = junit(1000)
    writeFileSync(file, whole.slice(0, whole.indexOf('test_plain_500')))
    const here = await readJunitHere(file)
    expect(here.tests.length).toBe(500)
    expect(here.error?.message).toMatch(/cut\.xml: not valid JUnit XML/)
    const { columns, error } = await readJunitColumns(file)
    expect(TestList.fromTransfer(structuredClone(columns)).toJSON()).toEqual(here.tests.toJSON())
    expect(error?.reason).toBe(here.error?.reason)
  })

  test('a small file is read on this thread, and so is a large one when there is no bundled worker', async () => {
    const small = path.join(dir, 'few.xml')
    writeFileSync(small, junit(10))
    const broken = path.join(dir, 'broken-worker.mjs')
    writeFileSync(broken, "throw new Error('the thread could not start')\n")
    const read = await readJunitTests(small, broken)
    expect(read.fallback).toBeUndefined()
    expect(read.tests.toJSON()).toEqual((await readJunitHere(small)).tests.toJSON())
    const large = path.join(dir, 'large.xml')
    writeFileSync(large, junit(80_000))
    const alone = await readJunitTests(large, path.join(dir, 'no-such-worker.js'))
    expect(alone.fallback).toBeUndefined()
    expect(alone.tests.length).toBe(80_000)
  })
})
