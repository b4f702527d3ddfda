import { existsSync, readFileSync } from 'node:fs'
import { InputError } from '../common/faults.js'
import type { InstallInputs } from './install-inputs.js'
import { parseVersionFile } from './version-spec.js'

/** Without python-version or a file: the newest stable CPython that has a free-threaded build. */
export const DEFAULT_VERSION = '>=3.13'

/** The version entries to install: python-version, else python-version-file, else the default. */
export function versionEntries(inputs: InstallInputs, warn: (message: string) => void): string[] {
  if (inputs.pythonVersions.length > 0) {
    if (inputs.pythonVersionFile) warn('Both python-version and python-version-file are set: using python-version')
    return inputs.pythonVersions
  }
  if (inputs.pythonVersionFile) {
    const file = inputs.pythonVersionFile
    if (!existsSync(file)) throw new InputError('python-version-file', `'${file}' does not exist`)
    const entries = parseVersionFile(readFileSync(file, 'utf8'))
    if (entries.length === 0) throw new InputError('python-version-file', `'${file}' names no version`)
    return entries
  }
  return [DEFAULT_VERSION]
}
