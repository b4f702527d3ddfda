import { existsSync, statSync } from 'node:fs'
import path from 'node:path'
import { InputError } from '../common/faults.js'
import { url, type InputReader } from './install-inputs.js'

export const DEFAULT_CPYTHON_SOURCE_MIRROR = 'https://www.python.org/ftp/python'

/** The inputs of the freethreaded-tsan mode, read whether or not the mode is asked for. */
export interface TsanInputs {
  /** Serves <version>/Python-<version>.tar.xz, as python.org does. */
  sourceMirror: string
  /** Pinned checksums of source tarballs by file name; '*' for a bare checksum that pins every one. */
  sourceSha256: Map<string, string>
  /** A ThreadSanitizer suppressions file of the project, absolute; '' for none. */
  suppressions: string
}

/**
 * cpython-source-sha256: a bare sha256, or lines as sha256sum prints them (`<sha256>  Python-3.14.2.tar.xz`).
 */
export function parseSourceSha256(value: string): Map<string, string> {
  const pinned = new Map<string, string>()
  for (const raw of value.split('\n')) {
    const line = raw.trim()
    if (!line) continue
    const match = /^([0-9a-fA-F]{64})(?:\s+\*?(\S+))?$/.exec(line)
    if (!match) {
      throw new InputError(
        'cpython-source-sha256',
        `'${line}' is not a sha256; give 64 hex digits, or lines of sha256sum's output (<sha256>  Python-<version>.tar.xz)`,
      )
    }
    pinned.set(match[2] ?? '*', match[1].toLowerCase())
  }
  return pinned
}

/** The TSan mode's inputs: where its CPython source comes from, and the project's suppressions. */
export function readTsanInputs(read: InputReader, workspace: string): TsanInputs {
  const suppressions = read('tsan-suppressions')
  const file = suppressions ? path.resolve(workspace, suppressions) : ''
  if (file && (!existsSync(file) || !statSync(file).isFile())) {
    throw new InputError(
      'tsan-suppressions',
      `'${suppressions}' is not a file (looked for ${file}); give a ThreadSanitizer suppressions file of the workspace, relative to it`,
    )
  }
  return {
    sourceMirror: url(read, 'cpython-source-mirror', DEFAULT_CPYTHON_SOURCE_MIRROR),
    sourceSha256: parseSourceSha256(read('cpython-source-sha256')),
    suppressions: file,
  }
}
