import { afterAll, describe, expect, test } from '@jest/globals'
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { readJunitColumns, readJunitHere, readJunitTests } from '../../src/results/read-junit.js'
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

  test('a small file, or no bundled worker, is read on this thread', async () => {
    const file = path.join(dir, 'few.xml')
    writeFileSync(file, junit(10))
    const read = await readJunitTests(file, path.join(dir, 'no-such-worker.js'))
    expect(read.tests.toJSON()).toEqual((await readJunitHere(file)).tests.toJSON())
  })
})
