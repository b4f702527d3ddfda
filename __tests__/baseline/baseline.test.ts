import { describe, expect, test } from '@jest/globals'
import { BASELINE_SCHEMA, parseBaseline } from '../../src/baseline/baseline.js'
import { FINDING_KINDS } from '../../src/model/divergence.js'

describe('parseBaseline', () => {
  test('takes every kind of finding the action reports, ThreadSanitizer reports included', () => {
    // A baseline the action wrote (baseline-path) holds its TSan findings by place: it must read back.
    const place = 'data race at src/ftdemo/_tally.c:12 in bump'
    const parsed = parseBaseline({
      schema: BASELINE_SCHEMA,
      findings: [
        { kind: 'undeclared-extension', module: 'pkg._ext' },
        { kind: 'thread-sanitizer', place },
      ],
    })
    expect(parsed.findings.map((f) => f.kind)).toEqual(['undeclared-extension', 'thread-sanitizer'])
    expect(parsed.findings.find((f) => f.kind === 'thread-sanitizer')?.place).toBe(place)
  })

  test('an unknown kind names the kinds that are valid', () => {
    expect(() => parseBaseline({ schema: BASELINE_SCHEMA, findings: [{ kind: 'slow' }] })).toThrow(
      `findings[0].kind must be one of ${FINDING_KINDS.join(', ')}`,
    )
  })

  test('a divergence names a test or a file, and a class that exists', () => {
    expect(() => parseBaseline({ schema: BASELINE_SCHEMA, divergences: [{}] })).toThrow(/needs either test/)
    expect(() => parseBaseline({ schema: BASELINE_SCHEMA, divergences: [{ test: 't', class: 'flaky' }] })).toThrow(
      /class must be one of crashed, hung/,
    )
  })
})
