import { spawn } from 'node:child_process'
import { constants } from 'node:os'

/*
 * A cancelled job: GitHub sends SIGINT, then SIGTERM about 7.5 s later, then kills the process. The
 * action stops every process group it started (the modes' commands, installs), so that nothing of
 * it outlives the step, tells the stages (they publish what finished), and exits non-zero before
 * the kill whatever is still pending.
 */

/** Within GitHub's grace: the report and summary of what finished are written before this. */
const CANCEL_DEADLINE_MS = 6000

const groups = new Set<number>()
let signalled: string | undefined

/** The signal the job was cancelled by, if it was. */
export function cancelled(): string | undefined {
  return signalled
}

/** A process group the action started, until it exits; one started after the cancellation is killed at once. */
export function trackGroup(pid: number): void {
  groups.add(pid)
  if (signalled) killGroup(pid)
}

export function untrackGroup(pid: number): void {
  groups.delete(pid)
}

/** Kills a process group (Windows: the process tree). */
export function killGroup(pid: number): void {
  try {
    if (process.platform === 'win32') spawn('taskkill', ['/pid', String(pid), '/T', '/F'], { stdio: 'ignore' })
    else process.kill(-pid, 'SIGKILL')
  } catch {
    // Already gone.
  }
}

/**
 * From now on, SIGINT and SIGTERM cancel the run: every tracked group is killed (and any started
 * later, at once), onCancel is told, and the process exits (128 + the signal's number) after
 * CANCEL_DEADLINE_MS if it has not ended by then, calling onDeadline first.
 */
export function watchCancellation(onCancel: (signal: string) => void, onDeadline: (signal: string) => void): void {
  const cancel = (signal: NodeJS.Signals) => {
    if (signalled) return
    signalled = signal
    for (const pid of groups) killGroup(pid)
    onCancel(signal)
    setTimeout(() => {
      onDeadline(signal)
      // As a shell reports a process the signal ended: 130 for SIGINT (Ctrl-C), 143 for SIGTERM.
      process.exit(128 + (constants.signals[signal] ?? 0))
    }, CANCEL_DEADLINE_MS).unref()
  }
  process.on('SIGINT', cancel)
  process.on('SIGTERM', cancel)
}
