import { describe, expect, test } from '@jest/globals'
import { testFunctionOf } from '../../src/legs/segments.js'

describe('segments', () => {
  test('the test function in a test id', () => {
    expect(testFunctionOf('pkg.mod::TestX::test_y[a::b]')).toBe('test_y')
    expect(testFunctionOf('test_z')).toBe('test_z')
  })
})
