import { describe, expect, test } from '@jest/globals'
import { readFileSync } from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { readableTrace, shortPath, whyLine } from '../../src/report/traces.js'

// Real dumps of the example project's crash and hang (fixtures/README.md says where from).
const here = path.dirname(fileURLToPath(import.meta.url))
const crash = readFileSync(path.join(here, 'fixtures', 'crash-dump.txt'), 'utf8')
const hang = readFileSync(path.join(here, 'fixtures', 'hang-dump.txt'), 'utf8')
const WORKSPACE = '/work/main/example'

describe('traces worth reading', () => {
  test('paths: repository-relative, <site-packages>, <stdlib>', () => {
    expect(shortPath('/work/main/example/tests/conftest.py', WORKSPACE)).toBe('tests/conftest.py')
    expect(shortPath('/v/lib/python3.13t/site-packages/ftdemo/shared.py', WORKSPACE)).toBe(
      '<site-packages>/ftdemo/shared.py',
    )
    expect(shortPath('/t/Python/3.13.15/x64-freethreaded/lib/python3.13t/threading.py', WORKSPACE)).toBe(
      '<stdlib>/threading.py',
    )
    expect(shortPath('/elsewhere/x.py', WORKSPACE)).toBe('/elsewhere/x.py')
  })

  test('a crash: the crashing thread first, machinery left out, the cause in one line', () => {
    const trace = readableTrace(crash, 'crashed', WORKSPACE)
    const lines = trace.split('\n')
    expect(lines[0]).toBe('The interpreter died on SIGSEGV')
    const current = lines.findIndex((l) => l.startsWith('Current thread'))
    expect(current).toBeGreaterThan(0)
    expect(lines.findIndex((l) => l.startsWith('Thread '))).toBeGreaterThan(current)
    expect(lines[current + 1]).toBe('  File "tests/test_extension.py", line 13 in churn')
    expect(trace).not.toMatch(/File "<site-packages>\/(_pytest|pluggy)|\/tmp\/|threading\.py"/)
    expect(lines.every((l) => l.length < 120)).toBe(true)
    expect(whyLine('crashed', 'The interpreter died on SIGSEGV', crash, WORKSPACE)).toBe(
      'SIGSEGV in churn (tests/test_extension.py:13)',
    )
  })

  test('a hang: the deadlocked threads, not the idle main one', () => {
    const trace = readableTrace(hang, 'hung', WORKSPACE)
    expect(trace).not.toContain('in join')
    expect(trace.match(/line 47 in take/g)).toHaveLength(2)
    expect(trace).toContain('<site-packages>/ftdemo/shared.py')
    expect(whyLine('hung', 'Still running when its time ran out', hang, WORKSPACE)).toBe(
      'deadlock: 2 threads in take (ftdemo/shared.py:47)',
    )
  })

  test('a failure: its assertion; text without a dump stays as it was', () => {
    expect(whyLine('failed', 'assert 59977 == (4 * 20000)\n +  where 59977 = …', undefined, WORKSPACE)).toBe(
      'assert 59977 == (4 * 20000)',
    )
    expect(readableTrace('E   assert 1 == 2', 'failed', WORKSPACE)).toBe('E   assert 1 == 2')
  })
})
