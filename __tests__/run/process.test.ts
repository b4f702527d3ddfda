import { describe, expect, test } from '@jest/globals'
import { signalFromExitCode } from '../../src/run/process.js'

describe('processes', () => {
  test('a shell reports a signal as 128+N', () => {
    expect(signalFromExitCode(139, 'linux')).toBe('SIGSEGV')
    expect(signalFromExitCode(134, 'linux')).toBe('SIGABRT')
    expect(signalFromExitCode(1, 'linux')).toBeNull()
    expect(signalFromExitCode(139, 'win32')).toBeNull()
    expect(signalFromExitCode(3221225477, 'win32')).toBe('EXCEPTION_ACCESS_VIOLATION')
    expect(signalFromExitCode(-1073741819, 'win32')).toBe('EXCEPTION_ACCESS_VIOLATION')
    expect(signalFromExitCode(0xc0000135, 'win32')).toBe('NTSTATUS 0xC0000135')
  })
})
