import { execFile } from 'node:child_process'
import { chmodSync, cpSync, existsSync, mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs'
import { availableParallelism } from 'node:os'
import path from 'node:path'
import { promisify } from 'node:util'
import { HttpClient } from '@actions/http-client'
import * as tc from '@actions/tool-cache'
import { downloadArchive } from '../install/download.js'
import { discardStaging, makeStaging, sweepStagingIn } from '../common/staging.js'
import * as core from '../common/workflow-commands.js'
import { replayLog } from '../common/log.js'
import { spawnLogged } from '../common/process.js'
import type { TsanInputs } from '../inputs/tsan-inputs.js'
import {
  checksumIn,
  CONFIGURE_FLAGS,
  cpythonVersion,
  sourceFilename,
  sourceUrl,
  SUPPRESSIONS_IN_PREFIX,
  sumsUrl,
  TSAN_MARKER,
  tsanPython,
} from './interpreter.js'

const run = promisify(execFile)

/** A build that failed: the step it failed in and the tail of its log. */
export class TsanBuildError extends Error {}

/** The sums file a mirror serves beside the tarballs, or undefined when it serves none. */
async function mirrorSums(mirror: string, version: string): Promise<string | undefined> {
  const client = new HttpClient('setup-python-ft', [], { allowRetries: true, maxRetries: 2 })
  try {
    const response = await client.get(sumsUrl(mirror, version))
    const body = await response.readBody()
    return response.message.statusCode === 200 ? body : undefined
  } catch {
    return undefined
  } finally {
    client.dispose()
  }
}

/** The checksum to hold the tarball to: pinned by the input, else from the mirror's sums file. */
async function expectedChecksum(inputs: TsanInputs, version: string): Promise<string | undefined> {
  const filename = sourceFilename(version)
  const pinned = inputs.sourceSha256.get(filename) ?? inputs.sourceSha256.get('*')
  if (pinned) return pinned
  const sums = await mirrorSums(inputs.sourceMirror, version)
  const listed = sums ? checksumIn(sums, filename) : undefined
  if (!listed)
    core.notice(
      `${sourceUrl(inputs.sourceMirror, version)} was not verified: no cpython-source-sha256 names it and the mirror serves no SHA256SUMS listing it`,
    )
  return listed
}

/** The last lines of a log, for the error of a failed step. */
function tail(file: string, lines = 40): string {
  if (!existsSync(file)) return ''
  return readFileSync(file, 'utf8').split('\n').slice(-lines).join('\n')
}

export interface TsanBuildContext {
  inputs: TsanInputs
  /** The cache key, written into the marker: a tool-cache copy under another key is built again. */
  key: string
  /** Where the source is unpacked and built, removed afterwards; the log stays beside it. */
  workDir: string
}

/**
 * Downloads the CPython source of a version, checks it, and builds a free-threaded interpreter with
 * ThreadSanitizer into finalDir: configure (CONFIGURE_FLAGS, --prefix=finalDir), make on every core,
 * make install into a staging folder beside finalDir, which is renamed into place with CPython's
 * free-threading suppressions and the marker. The build's output is folded into one log group.
 */
export async function buildTsanInterpreter(version: string, finalDir: string, ctx: TsanBuildContext): Promise<string> {
  const { inputs } = ctx
  const work = path.join(ctx.workDir, version)
  const log = path.join(ctx.workDir, `build-${version}.log`)
  rmSync(work, { recursive: true, force: true })
  rmSync(log, { force: true })
  mkdirSync(work, { recursive: true })
  const started = Date.now()
  // A build killed half-way left its staging folder beside finalDir: the next build removes it.
  await sweepStagingIn(path.dirname(finalDir))
  const staging = await makeStaging(finalDir)
  try {
    const url = sourceUrl(inputs.sourceMirror, version)
    const filename = sourceFilename(version)
    core.info(`Building a free-threaded CPython ${version} with ThreadSanitizer from ${url}`)
    const sha256 = await expectedChecksum(inputs, version)
    const tarball = await downloadArchive(
      { url, filename, sha256 },
      '',
      'cpython-source-mirror',
      path.join(work, filename),
    )
    await tc.extractTar(tarball, work, 'xJ')
    const source = path.join(work, `Python-${cpythonVersion(version)}`)
    if (!existsSync(path.join(source, 'configure')))
      throw new TsanBuildError(
        `${filename} holds no Python-${cpythonVersion(version)}/configure: is it CPython's source tarball?`,
      )
    const build = path.join(work, 'build')
    mkdirSync(build)
    const step = async (name: string, file: string, args: string[]) => {
      const result = await spawnLogged(
        { file, args },
        { cwd: build, env: process.env, logFile: log, deadline: Date.now() + 2 * 3600_000 },
      )
      if (result.exitCode !== 0) {
        replayLog(`ThreadSanitizer build of ${version}: ${name} failed`, log, '')
        throw new TsanBuildError(
          `${name} failed (${result.spawnError ?? `exit ${result.exitCode ?? result.signal}`}); the end of its log (${log}):\n${tail(log)}`,
        )
      }
    }
    await step('configure', path.join(source, 'configure'), [`--prefix=${finalDir}`, ...CONFIGURE_FLAGS])
    await step('make', 'make', [`-j${availableParallelism()}`])
    // DESTDIR keeps --prefix (the paths sysconfig records) while the files land in the staging folder.
    await step('make install', 'make', ['install', `DESTDIR=${staging}`])
    const built = path.join(staging, finalDir)
    const suppressions = path.join(source, 'Tools', 'tsan', 'suppressions_free_threading.txt')
    if (existsSync(suppressions)) {
      mkdirSync(path.dirname(path.join(built, SUPPRESSIONS_IN_PREFIX)), { recursive: true })
      cpSync(suppressions, path.join(built, SUPPRESSIONS_IN_PREFIX))
    }
    writeFileSync(
      path.join(built, TSAN_MARKER),
      JSON.stringify({ version, key: ctx.key, configure: CONFIGURE_FLAGS, builtAt: new Date().toISOString() }, null, 2),
    )
    replayLog(`ThreadSanitizer build of ${version}: done in ${((Date.now() - started) / 1000).toFixed(0)} s`, log, '')
    // The staging folder is beside finalDir: one rename, and the interpreter is complete or absent.
    rmSync(finalDir, { recursive: true, force: true })
    chmodSync(built, 0o755)
    renameSync(built, finalDir)
    return tsanPython(finalDir, version)
  } catch (error) {
    rmSync(finalDir, { recursive: true, force: true })
    throw error
  } finally {
    await discardStaging(staging)
    rmSync(work, { recursive: true, force: true })
  }
}

/** Whether an interpreter runs at all: TSan refuses to start on some kernels' address layouts. */
export async function checkTsanInterpreter(python: string): Promise<void> {
  try {
    await run(python, ['-c', 'import sys; assert not sys._is_gil_enabled()'], {
      env: { ...process.env, PYTHON_GIL: '0' },
      timeout: 120_000,
    })
  } catch (error) {
    const stderr = String((error as { stderr?: string }).stderr ?? (error as Error).message)
    const mapping = /unexpected memory mapping/.test(stderr)
      ? ' ThreadSanitizer cannot map its shadow memory with this kernel’s address randomisation: run `sudo sysctl vm.mmap_rnd_bits=28` in a step before this one.'
      : ''
    throw new TsanBuildError(`the ThreadSanitizer interpreter does not start:${mapping}\n${stderr.trim().slice(-2000)}`)
  }
}
