import { InputError } from '../common/faults.js'
import type { Platform } from '../platform/platform.js'

/** A runner label and the machine it gives. */
export interface Runner {
  label: string
  platform: Platform
}

const ubuntu = (version: string, arch: 'x64' | 'arm64'): Platform => ({
  os: 'linux',
  arch,
  distroId: 'ubuntu',
  distroVersion: version,
  distroFamily: ['ubuntu', 'debian'],
  libc: 'gnu',
})

/** GitHub-hosted runner labels (November 2026) and what they run on. */
export const KNOWN_RUNNERS: Record<string, Platform> = {
  'ubuntu-latest': ubuntu('24.04', 'x64'),
  'ubuntu-24.04': ubuntu('24.04', 'x64'),
  'ubuntu-22.04': ubuntu('22.04', 'x64'),
  'ubuntu-24.04-arm': ubuntu('24.04', 'arm64'),
  'ubuntu-22.04-arm': ubuntu('22.04', 'arm64'),
  'macos-latest': { os: 'darwin', arch: 'arm64' },
  'macos-15': { os: 'darwin', arch: 'arm64' },
  'macos-14': { os: 'darwin', arch: 'arm64' },
  'macos-15-intel': { os: 'darwin', arch: 'x64' },
  'macos-13': { os: 'darwin', arch: 'x64' },
  'windows-latest': { os: 'win32', arch: 'x64' },
  'windows-2025': { os: 'win32', arch: 'x64' },
  'windows-2022': { os: 'win32', arch: 'x64' },
  'windows-11-arm': { os: 'win32', arch: 'arm64' },
}

const CUSTOM = /^([^=\s]+)=(linux|macos|windows)-(x64|arm64)$/

/**
 * Reads the `os` input: known labels, or `label=os-arch` for any other runner (self-hosted).
 * An unknown bare label is an error: the matrix could not know which builds exist there.
 */
export function parseRunners(labels: string[]): Runner[] {
  if (labels.length === 0) throw new InputError('os', 'list at least one runner label, such as ubuntu-latest')
  return labels.map((label) => {
    const known = KNOWN_RUNNERS[label]
    if (known) return { label, platform: known }
    const custom = CUSTOM.exec(label)
    if (custom) {
      const os = custom[2] === 'macos' ? 'darwin' : custom[2] === 'windows' ? 'win32' : 'linux'
      const platform: Platform =
        os === 'linux' ? ubuntu('24.04', custom[3] as 'x64' | 'arm64') : { os, arch: custom[3] as 'x64' | 'arm64' }
      return { label: custom[1], platform }
    }
    throw new InputError(
      'os',
      `'${label}' is not a runner label this action knows; use one of ${Object.keys(KNOWN_RUNNERS).join(', ')}, or label=os-arch (linux-x64, macos-arm64, windows-x64, ...) for another runner`,
    )
  })
}
