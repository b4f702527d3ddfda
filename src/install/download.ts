import { createHash } from 'node:crypto'
import { createReadStream } from 'node:fs'
import { rm } from 'node:fs/promises'
import * as tc from '@actions/tool-cache'
import type { Candidate } from '../sources/candidate.js'
import { authFor, describe } from '../sources/fetch.js'
import { InstallError } from './errors.js'

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

/**
 * Downloads a candidate's archive into RUNNER_TEMP (tool-cache retries 5xx, 408, 429 and broken
 * connections with backoff) and checks its published checksum. Returns the file's path.
 */
export async function downloadArchive(
  candidate: Candidate,
  token: string,
  input: string,
  dest: string,
): Promise<string> {
  let file: string
  try {
    file = await tc.downloadTool(candidate.url, dest, authFor(candidate.url, token))
  } catch (error) {
    const status = (error as { httpStatusCode?: number }).httpStatusCode
    const cause = status ? `HTTP ${status}` : describe(error)
    throw new InstallError(
      input,
      `download of ${candidate.url} failed: ${cause}; check that ${input} serves ${candidate.filename}`,
    )
  }
  if (candidate.sha256) {
    const actual = await sha256Of(file)
    if (actual !== candidate.sha256) {
      await rm(file, { force: true })
      throw new InstallError(
        input,
        `checksum mismatch for ${candidate.filename}: expected sha256 ${candidate.sha256}, got ${actual}; the download is corrupt or the mirror serves another file`,
      )
    }
  }
  return file
}
