import { describe, expect, test } from '@jest/globals'
import { mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { ResultsFileError } from '../../src/common/faults.js'
import { readJunit } from '../../src/results/junit.js'
import type { TestResult } from '../../src/model/outcome.js'

const dir = mkdtempSync(path.join(tmpdir(), 'spft-junit-unit-'))

async function parse(xml: string | Buffer): Promise<TestResult[]> {
  const file = path.join(dir, `${Math.random()}.xml`)
  writeFileSync(file, xml)
  const tests: TestResult[] = []
  await readJunit(file, (t) => tests.push(t))
  return tests
}

describe('readJunit', () => {
  test("pytest's xunit1: file and 0-based line, every outcome", async () => {
    const tests = await parse(`<?xml version="1.0" encoding="utf-8"?><testsuites name="pytest tests">
<testsuite name="pytest" errors="0" failures="1" skipped="2" tests="5">
<testcase classname="tests.test_a" name="test_ok" file="tests/test_a.py" line="3" time="0.010"/>
<testcase classname="tests.test_a" name="test_bad[1-2]" file="tests/test_a.py" line="7" time="0.020"><failure message="assert 1 == 2">def test_bad():
&gt;       assert 1 == 2
E       assert 1 == 2

tests/test_a.py:9: AssertionError</failure><system-out>noise</system-out></testcase>
<testcase classname="tests.test_a" name="test_skip" file="tests/test_a.py" line="11"><skipped type="pytest.skip" message="later">tests/test_a.py:12: later</skipped></testcase>
<testcase classname="tests.test_a" name="test_xfail" file="tests/test_a.py" line="15"><skipped type="pytest.xfail" message="known"/></testcase>
<testcase classname="tests.test_a" name="test_setup" file="tests/test_a.py" line="19"><error message="failed on setup with &quot;x&quot;"><![CDATA[fixture exploded]]></error></testcase>
</testsuite></testsuites>`)
    expect(tests).toEqual([
      { id: 'tests.test_a::test_ok', outcome: 'passed', file: 'tests/test_a.py', line: 4, time: 0.01 },
      {
        id: 'tests.test_a::test_bad[1-2]',
        outcome: 'failed',
        file: 'tests/test_a.py',
        line: 8,
        time: 0.02,
        message: 'assert 1 == 2',
        details: 'def test_bad():\n>       assert 1 == 2\nE       assert 1 == 2\n\ntests/test_a.py:9: AssertionError',
      },
      expect.objectContaining({ id: 'tests.test_a::test_skip', outcome: 'skipped', message: 'later' }),
      expect.objectContaining({ id: 'tests.test_a::test_xfail', outcome: 'xfail' }),
      expect.objectContaining({ outcome: 'error', message: 'failed on setup with "x"', details: 'fixture exploded' }),
    ])
  })

  test('xunit2 without file or line: the traceback names the place; other producers keep 1-based lines', async () => {
    const tests = await parse(`<testsuite name="unittest">
<testcase classname="pkg.T" name="test_x"><failure message="boom">Traceback
  File "pkg/t.py", line 3
pkg/t.py:14: AssertionError</failure></testcase>
<testcase classname="pkg.T" name="test_y" file="pkg/t.py" line="20"/></testsuite>`)
    expect(tests[0]).toMatchObject({ file: 'pkg/t.py', line: 14 })
    expect(tests[1]).toMatchObject({ file: 'pkg/t.py', line: 20 })
  })

  test('bytes that are not UTF-8 become U+FFFD; long failure text is capped', async () => {
    const tests = await parse(
      Buffer.concat([
        Buffer.from('<testsuite><testcase name="t"><failure message="m">bad '),
        Buffer.from([0xff, 0xc3]),
        Buffer.from(` ${'x'.repeat(20_000)}</failure></testcase></testsuite>`),
      ]),
    )
    expect(tests[0].details!.startsWith('bad \ufffd\ufffd x')).toBe(true)
    expect(tests[0].details!.length).toBeLessThan(4100)
  })

  test.each([
    ['', 'the file is empty'],
    ['<testsuite><testcase name="x"', 'not valid JUnit XML'],
    ['just text', 'not valid JUnit XML'],
  ])('%j is rejected with a reason', async (xml, reason) => {
    await expect(parse(xml)).rejects.toThrow(ResultsFileError)
    await expect(parse(xml)).rejects.toThrow(reason)
  })

  test('a missing file', async () => {
    await expect(readJunit(path.join(dir, 'nope.xml'), () => {})).rejects.toThrow('the file does not exist')
  })

  test('a test whose pytest-xdist worker died is crashed, with the worker named', async () => {
    const tests = await parse(`<testsuites><testsuite name="pytest">
<testcase classname="tests.test_x" name="test_crash" file="tests/test_x.py" time="0.000"><error message="failed on setup with &quot;worker 'gw1' crashed while running 'tests/test_x.py::test_crash'&quot;">worker 'gw1' crashed while running 'tests/test_x.py::test_crash'</error></testcase>
<testcase classname="tests.test_x" name="test_error" file="tests/test_x.py" line="4"><error message="fixture broke"/></testcase>
</testsuite></testsuites>`)
    expect(tests.map((t) => [t.id, t.outcome, t.message])).toEqual([
      ['tests.test_x::test_crash', 'crashed', 'The pytest-xdist worker gw1 died while running this test'],
      ['tests.test_x::test_error', 'error', 'fixture broke'],
    ])
  })
})
