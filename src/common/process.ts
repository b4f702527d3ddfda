import { spawn } from 'node:child_process'
import { closeSync, openSync, writeSync } from 'node:fs'
import { constants } from 'node:os'
import type { Invocation } from './shell.js'
import { cancelled, killGroup, trackGroup, untrackGroup } from './cancellation.js'

export interface ProcessResult {
  exitCode: number | null
  signal: string | null
  timedOut: boolean
  /** The job was cancelled while it ran (common/cancellation.ts): its group was killed. */
  cancelled?: boolean
  /** The command could not be started at all (ENOENT for a missing shell). */
  spawnError?: string
  durationSeconds: number
}

export interface ProcessOptions {
  cwd: string
  env: NodeJS.ProcessEnv
  /** stdout and stderr are appended here, by the OS, so that a flood of output costs no JS. */
  logFile: string
  /** Epoch ms: past it (plus a grace for the probe's own dump) the whole process tree is killed. */
  deadline: number
  graceMs?: number
  /**
   * Each line of output as it comes (the install's record needs when a build started). The output
   * then passes through this process on its way to the log, so keep it for short commands.
   */
  onLine?: (line: string) => void
}

/** Writes a piped stream to the log and hands each whole line to onLine. */
function teeLines(stream: NodeJS.ReadableStream, log: number, onLine: (line: string) => void): void {
  let partial = ''
  stream.on('data', (chunk: Buffer) => {
    writeSync(log, chunk)
    const lines = (partial + chunk.toString('utf8')).split(/\r?\n/)
    partial = lines.pop() ?? ''
    for (const line of lines) onLine(line)
  })
  stream.on('end', () => {
    if (partial) onLine(partial)
    partial = ''
  })
}

// The first name of each number: SIGABRT rather than its alias SIGIOT.
const SIGNAL_NAMES = new Map<number, string>()
for (const [name, number] of Object.entries(constants.signals))
  if (!SIGNAL_NAMES.has(number)) SIGNAL_NAMES.set(number, name)

// Windows reports a crash as the NTSTATUS of the exception that ended the process.
const NTSTATUS: Record<number, string> = {
  0xc0000005: 'EXCEPTION_ACCESS_VIOLATION',
  0xc000001d: 'EXCEPTION_ILLEGAL_INSTRUCTION',
  0xc0000094: 'EXCEPTION_INT_DIVIDE_BY_ZERO',
  0xc00000fd: 'EXCEPTION_STACK_OVERFLOW',
  0xc0000374: 'STATUS_HEAP_CORRUPTION',
  0xc0000409: 'STATUS_STACK_BUFFER_OVERRUN',
  0x80000003: 'EXCEPTION_BREAKPOINT',
}

/**
 * The crash behind an exit code: a shell reports a child killed by signal N as 128+N; Windows
 * reports the NTSTATUS of the exception (0xC0000005 for an access violation).
 */
export function signalFromExitCode(code: number | null, platform = process.platform): string | null {
  if (code === null) return null
  if (platform === 'win32') {
    const status = code >>> 0
    if (status < 0x80000000) return null
    return NTSTATUS[status] ?? `NTSTATUS 0x${status.toString(16).toUpperCase()}`
  }
  if (code <= 128) return null
  return SIGNAL_NAMES.get(code - 128) ?? null
}

/**
 * Runs a command in its own process group with its output going to a log file. Past the deadline
 * (the probe has by then dumped every thread and exited on its own) the group is killed.
 */
export function spawnLogged(invocation: Invocation, options: ProcessOptions): Promise<ProcessResult> {
  const started = Date.now()
  const log = openSync(options.logFile, 'a')
  return new Promise((resolve) => {
    let timedOut = false
    let settled = false
    const finish = (result: Omit<ProcessResult, 'durationSeconds' | 'timedOut'>) => {
      if (settled) return
      settled = true
      clearTimeout(timer)
      closeSync(log)
      resolve({ ...result, timedOut, durationSeconds: (Date.now() - started) / 1000 })
    }
    const piped = options.onLine !== undefined
    const child = spawn(invocation.file, invocation.args, {
      cwd: options.cwd,
      env: options.env,
      stdio: ['ignore', piped ? 'pipe' : log, piped ? 'pipe' : log],
      detached: process.platform !== 'win32',
      windowsHide: true,
    })
    if (piped) for (const stream of [child.stdout!, child.stderr!]) teeLines(stream, log, options.onLine!)
    if (child.pid) {
      trackGroup(child.pid)
    }
    const timer = setTimeout(
      () => {
        timedOut = true
        if (child.pid) killGroup(child.pid)
      },
      Math.max(options.deadline - Date.now(), 0) + (options.graceMs ?? 10_000),
    )
    child.on('error', (error) => finish({ exitCode: null, signal: null, spawnError: error.message }))
    child.on('exit', (code, signal) => {
      // The probe exits with its hang dump right at the deadline; that is a timeout too.
      if (Date.now() >= options.deadline) timedOut = true
      // Stragglers in the group (threads' children) must not outlive the leg. On Windows the tree
      // is gone with its root: taskkill /T finds no children of an exited process.
      if (process.platform !== 'win32' && child.pid) killGroup(child.pid)
      if (child.pid) untrackGroup(child.pid)
      const result = {
        exitCode: code,
        signal: signal ?? signalFromExitCode(code),
        ...(cancelled() ? { cancelled: true } : {}),
      }
      // Piped output is written to the log until the pipes close, which the kill above ensures; a
      // process outside the group that holds them open is given 5 s, then the pipes are dropped.
      if (piped) {
        const drop = setTimeout(() => {
          child.stdout?.destroy()
          child.stderr?.destroy()
          finish(result)
        }, 5000)
        child.on('close', () => {
          clearTimeout(drop)
          finish(result)
        })
      } else finish(result)
    })
  })
}
