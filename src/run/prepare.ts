import { rmSync } from 'node:fs'
import path from 'node:path'
import type { RunInputs } from '../inputs/run-inputs.js'
import type { LegPlan } from './legs.js'
import { replayLog } from './log.js'
import { runLogged } from './process.js'
import { shellInvocation } from './shell.js'
import { createVenv, venvEnv, type Venv } from './venv.js'

export interface PrepareOptions {
  inputs: RunInputs
  /** The run's folder: venv/<abi> and install-<abi>.log go here. */
  root: string
  workDir: string
  probeDir: string
  /** The environment of a build's commands, before the venv goes on top. */
  baseEnv: (leg: LegPlan) => NodeJS.ProcessEnv
  /** Reports what keeps a build's modes from running. */
  problem: (message: string) => void
}

/** Runs the `install` command in a build's venv; why it failed, or undefined. */
async function runInstall(venv: Venv, abi: string, env: NodeJS.ProcessEnv, options: PrepareOptions) {
  const logFile = path.join(options.root, `install-${abi}.log`)
  rmSync(logFile, { force: true })
  const { inputs } = options
  const result = await runLogged(shellInvocation(inputs.shell, inputs.install, venv.python), {
    cwd: options.workDir,
    env: venvEnv(venv, env),
    logFile,
    deadline: Date.now() + inputs.timeoutSeconds * 1000,
  })
  const end = result.spawnError ?? `exit ${result.exitCode ?? result.signal}`
  replayLog(`Install for ${abi}: ${end}`, logFile, `[install ${abi}] `)
  return result.exitCode === 0 ? undefined : end
}

/**
 * One virtual environment per build, created at the same time, then the `install` command in each,
 * one build after the other: two builds of one source tree must not share a build folder at once.
 * Returns the venvs that are ready, by ABI.
 */
export async function prepareVenvs(legs: LegPlan[], options: PrepareOptions): Promise<Map<string, Venv>> {
  const firstLegOf = new Map<string, LegPlan>()
  for (const leg of legs) if (!firstLegOf.has(leg.abi)) firstLegOf.set(leg.abi, leg)
  const created = await Promise.all(
    [...firstLegOf].map(async ([abi, leg]) => {
      const dir = path.join(options.root, 'venv', abi)
      rmSync(dir, { recursive: true, force: true })
      try {
        return [abi, await createVenv(leg.python, dir, options.probeDir)] as const
      } catch (error) {
        options.problem(`Could not create the virtual environment for ${abi}: ${(error as Error).message}`)
        return undefined
      }
    }),
  )
  const venvs = new Map<string, Venv>()
  for (const [abi, venv] of created.filter((entry) => entry !== undefined)) {
    const env = options.baseEnv(firstLegOf.get(abi)!)
    const failed = options.inputs.install ? await runInstall(venv, abi, env, options) : undefined
    if (failed) options.problem(`install: the command failed for ${abi} (${failed}); its modes did not run`)
    else venvs.set(abi, venv)
  }
  return venvs
}
