import { describe, expect, test } from '@jest/globals'
import { mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { spawnLogged, signalFromExitCode } from '../../src/common/process.js'

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

  test('onLine sees each line of both streams as it comes, and the log still gets all of it', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'spft-process-'))
    try {
      const logFile = path.join(dir, 'log')
      const lines: string[] = []
      const result = await spawnLogged(
        { file: 'sh', args: ['-c', 'echo one; sleep 0.1; echo two >&2; sleep 0.1; printf three; exit 3'] },
        { cwd: dir, env: process.env, logFile, deadline: Date.now() + 10_000, onLine: (line) => lines.push(line) },
      )
      expect(result.exitCode).toBe(3)
      expect(lines.sort()).toEqual(['one', 'three', 'two'])
      expect(readFileSync(logFile, 'utf8')).toBe('one\ntwo\nthree')
    } finally {
      rmSync(dir, { recursive: true, force: true })
    }
  })
})
