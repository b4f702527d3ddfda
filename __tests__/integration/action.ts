// Typed access to the shared runner harness in testbed/run-action.mjs.
// @ts-expect-error plain ESM helper without types
import * as harness from '../../testbed/run-action.mjs'

export interface ActionRun {
  code: number
  stdout: string
  stderr: string
  outputs: Record<string, string>
  env: Record<string, string>
  path: string[]
  summary: string
  errors: string[]
  warnings: string[]
  /** The folder of the runner's files and RUNNER_TEMP. */
  home: string
  /** With options.cancel: when the signal was sent (epoch ms). */
  signalledAt?: number
}

export interface RunOptions {
  toolCache: string
  workdir?: string
  env?: Record<string, string>
  entry?: string
  /** Once stdout matches `when`, send `signal` afterMs later, as a cancelled job's runner does. */
  cancel?: { when: RegExp; signal: NodeJS.Signals; afterMs?: number }
}

export const repoRoot: string = harness.repoRoot
export const node24: string = harness.node24
export const runAction: (inputs: Record<string, string>, options: RunOptions) => Promise<ActionRun> = harness.runAction
export const freshToolCache: () => string = harness.freshToolCache
export const removeMadeFolders: () => void = harness.removeMadeFolders
