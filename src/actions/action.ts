import * as core from '../common/workflow-commands.js'
import { Fault } from '../common/faults.js'
import { readInputFromEnv, type InputReader } from '../inputs/install-inputs.js'

/**
 * One of the three actions (setup, matrix, compare): its inputs are read and validated in full
 * before run() does anything, so that a typo costs one line and no download.
 */
export interface Action<Inputs> {
  load(read: InputReader): Inputs | Promise<Inputs>
  /** Does the work; returns why the step fails, or undefined when it passes. */
  run(inputs: Inputs): Promise<string | undefined>
}

/** How an error is told: a known fault in its one line, anything else (a bug) with its stack. */
export function reportError(error: unknown): void {
  if (error instanceof Fault) {
    core.setFailed(error.message)
    return
  }
  const message = error instanceof Error ? error.message : String(error)
  core.setFailed(`${message} (an unexpected error in setup-python-ft; its stack is in the log)`)
  if (error instanceof Error && error.stack) core.info(error.stack)
}

/** The single way into every action: global handlers, load, run, one setFailed. */
export async function startAction<Inputs>(action: Action<Inputs>, read: InputReader = readInputFromEnv): Promise<void> {
  process.on('uncaughtException', reportError)
  process.on('unhandledRejection', reportError)
  try {
    const inputs = await action.load(read)
    const failure = await action.run(inputs)
    if (failure) core.setFailed(failure)
  } catch (error) {
    reportError(error)
  }
}
