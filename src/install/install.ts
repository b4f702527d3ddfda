import { existsSync } from 'node:fs'
import { mkdir, rm, writeFile } from 'node:fs/promises'
import path from 'node:path'
import { randomUUID } from 'node:crypto'
import * as tc from '@actions/tool-cache'
import { installDir, interpreterPath } from '../find/layout.js'
import { completeMarker } from '../common/complete-marker.js'
import type { InstallInputs } from '../inputs/install-inputs.js'
import type { Platform } from '../platform/platform.js'
import type { Candidate } from '../sources/candidate.js'
import { describe } from '../sources/fetch.js'
import { downloadArchive, urlInput } from './download.js'
import { InstallError } from '../common/faults.js'
import { addSetupPythonLinks, liftPbsRoot } from './layout-fix.js'
import { discardStaging, makeStaging, placeAtomically } from '../common/staging.js'
export { sweepStaleStaging } from '../common/staging.js'
import { runInstallerScript } from './installer-script.js'
import { verifyInterpreter } from './verify.js'

export interface InstallContext {
  inputs: InstallInputs
  platform: Platform
  toolCache: string
  tempDir: string
}

export interface InstallResult {
  dir: string
  placed: boolean
}

/**
 * Installs one candidate into the tool cache. Linux archives and PBS archives are unpacked straight
 * into a staging folder and renamed into place (no setup script, no pip reinstall from the network);
 * python-versions archives for macOS and Windows wrap python.org installers and run their script.
 */
export async function installCandidate(candidate: Candidate, context: InstallContext): Promise<InstallResult> {
  const { inputs, platform, toolCache } = context
  const finalDir = installDir(toolCache, candidate.version, platform.arch, candidate.build)
  if (existsSync(completeMarker(finalDir))) return { dir: finalDir, placed: false }

  const mirrorSet = candidate.source === 'python-build-standalone' ? Boolean(inputs.pbsMirror) : Boolean(inputs.mirror)
  const input = urlInput(candidate, mirrorSet)
  await mkdir(context.tempDir, { recursive: true })
  const archive = await downloadArchive(
    candidate,
    inputs.token,
    input,
    path.join(context.tempDir, `${randomUUID()}-${candidate.filename}`),
  )
  try {
    if (candidate.source === 'python-versions' && platform.os !== 'linux') {
      await runInstallerScript(archive, candidate, platform, context.tempDir)
      return { dir: finalDir, placed: true }
    }
    return await unpackIntoCache(archive, candidate, context, finalDir, input)
  } finally {
    await rm(archive, { force: true })
  }
}

async function unpackIntoCache(
  archive: string,
  candidate: Candidate,
  context: InstallContext,
  finalDir: string,
  input: string,
): Promise<InstallResult> {
  const { platform } = context
  let staging: string
  try {
    staging = await makeStaging(finalDir)
  } catch (error) {
    throw new InstallError(undefined, `cannot write to the tool cache ${context.toolCache}: ${describe(error)}`)
  }
  try {
    try {
      await tc.extractTar(archive, staging)
    } catch (error) {
      if (await diskIsFull(staging)) throw diskFull(context.toolCache)
      throw new InstallError(
        input,
        `${candidate.filename} is corrupt or truncated: extracting it failed (${describe(error)})`,
      )
    }
    if (candidate.source === 'python-build-standalone') await liftPbsRoot(staging)
    await addSetupPythonLinks(staging, platform.os, candidate.version, candidate.build)
    await verifyInterpreter(
      interpreterPath(staging, platform.os, candidate.version, candidate.build),
      staging,
      platform.os,
      candidate.build,
    )
    const outcome = await placeAtomically(staging, finalDir)
    return { dir: finalDir, placed: outcome === 'placed' }
  } catch (error) {
    await discardStaging(staging)
    if ((error as NodeJS.ErrnoException).code === 'ENOSPC') throw diskFull(context.toolCache)
    if (error instanceof InstallError) throw error
    throw new InstallError(input, `${candidate.filename}: ${describe(error)}`)
  }
}

function diskFull(toolCache: string): InstallError {
  return new InstallError(
    undefined,
    `no space left on the device that holds the tool cache ${toolCache}; free some space or point RUNNER_TOOL_CACHE elsewhere`,
  )
}

/** tar reports ENOSPC only in its stderr; probe the filesystem with a small write instead. */
async function diskIsFull(dir: string): Promise<boolean> {
  const probe = path.join(dir, '.space-probe')
  try {
    await writeFile(probe, Buffer.alloc(64 * 1024))
    await rm(probe, { force: true })
    return false
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'ENOSPC'
  }
}
