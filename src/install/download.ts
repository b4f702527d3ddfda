import { createHash } from 'node:crypto'
import { createReadStream, createWriteStream } from 'node:fs'
import { mkdir, rm } from 'node:fs/promises'
import path from 'node:path'
import { pipeline } from 'node:stream/promises'
import { HttpClient } from '@actions/http-client'
import pRetry, { AbortError } from 'p-retry'
import { retryDelays } from '../common/retry.js'
import * as core from '../common/workflow-commands.js'
import type { Candidate } from '../sources/candidate.js'
import { authFor, describe } from '../sources/fetch.js'
import { InstallError } from '../common/faults.js'

/** The input whose URL a candidate was downloaded from. */
export function urlInput(candidate: Candidate, mirrorSet: boolean): string {
  if (candidate.source === 'python-build-standalone') return mirrorSet ? 'pbs-mirror' : 'pbs-release'
  return mirrorSet ? 'mirror' : 'manifest-url'
}

export async function sha256Of(file: string): Promise<string> {
  const hash = createHash('sha256')
  for await (const chunk of createReadStream(file)) hash.update(chunk as Buffer)
  return hash.digest('hex')
}

/** A response that was not the file. 5xx, 408 and 429 are worth another attempt. */
class HttpStatusError extends Error {
  constructor(readonly status: number) {
    super(`HTTP ${status}`)
  }
}

/** A transfer that stopped before the length the server announced (or broke without one). */
class CutShortError extends Error {
  constructor(
    readonly received: number,
    readonly total: number | undefined,
    readonly reason: string,
  ) {
    super(
      total === undefined
        ? `the transfer was cut short after ${bytes(received)} (${reason})`
        : `the transfer was cut short: ${received.toLocaleString('en')} of ${bytes(total)} arrived (${reason})`,
    )
  }
}

function bytes(count: number): string {
  return `${count.toLocaleString('en')} bytes`
}

/** One GET of the archive into dest, counting what arrives. */
async function attempt(url: string, dest: string, auth: string | undefined): Promise<void> {
  const client = new HttpClient('setup-python-ft', [], { allowRetries: false })
  try {
    const response = await client.get(url, auth ? { authorization: auth } : {})
    const status = response.message.statusCode ?? 0
    if (status !== 200) {
      response.message.resume()
      const error = new HttpStatusError(status)
      throw status >= 500 || status === 408 || status === 429 ? error : new AbortError(error)
    }
    const length = response.message.headers['content-length']
    const total = length && /^\d+$/.test(length) ? Number(length) : undefined
    let received = 0
    response.message.on('data', (chunk: Buffer) => (received += chunk.length))
    try {
      await pipeline(response.message, createWriteStream(dest))
    } catch (error) {
      // Our own disk failing (ENOSPC, EACCES) is not the transfer's fault, and another try will not help.
      if ((error as NodeJS.ErrnoException).syscall) throw new AbortError(error as Error)
      throw new CutShortError(received, total, describe(error))
    }
    if (total !== undefined && received < total) throw new CutShortError(received, total, 'the connection closed')
  } finally {
    client.dispose()
  }
}

/** Attempts in all: the first and two retries, as tool-cache makes. */
const DOWNLOAD_ATTEMPTS = 3

/**
 * Downloads a candidate's archive into dest, retrying 5xx, 408, 429 and broken transfers with
 * backoff (p-retry), and checks its published checksum. Every byte that arrives is counted, so a
 * transfer cut short says how far it got before the error says what to check. Nothing is left at
 * dest when it fails. Returns dest.
 */
export async function downloadArchive(
  candidate: Pick<Candidate, 'url' | 'filename' | 'sha256'>,
  token: string,
  input: string,
  dest: string,
): Promise<string> {
  const auth = authFor(candidate.url, token)
  let attempts = 0
  try {
    await mkdir(path.dirname(dest), { recursive: true })
    await pRetry(() => (attempts++, attempt(candidate.url, dest, auth)), {
      retries: DOWNLOAD_ATTEMPTS - 1,
      factor: 2,
      randomize: false,
      ...retryDelays(),
      onFailedAttempt: ({ error, attemptNumber, retriesLeft }) => {
        if (retriesLeft > 0)
          core.info(`Download attempt ${attemptNumber} of ${candidate.filename} failed: ${describe(error)}; retrying`)
      },
    })
  } catch (error) {
    await rm(dest, { force: true })
    const check = `check that ${input} serves ${candidate.filename}`
    const retried = attempts > 1 ? `, in each of ${attempts} attempts` : ''
    if (error instanceof CutShortError) {
      throw new InstallError(
        input,
        `download of ${candidate.url} failed: ${error.message}${retried}; ` +
          `the server or a proxy closes the connection early: ${check} whole`,
      )
    }
    throw new InstallError(input, `download of ${candidate.url} failed: ${describe(error)}${retried}; ${check}`)
  }
  if (candidate.sha256) {
    const actual = await sha256Of(dest)
    if (actual !== candidate.sha256) {
      await rm(dest, { force: true })
      throw new InstallError(
        input,
        `checksum mismatch for ${candidate.filename}: expected sha256 ${candidate.sha256}, got ${actual}; the download is corrupt or the mirror serves another file`,
      )
    }
  }
  return dest
}
