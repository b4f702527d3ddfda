/** The machine the action installs for, in the vocabulary of both build sources. */
export type OsName = 'linux' | 'darwin' | 'win32'
export type Arch = 'x64' | 'arm64'

export interface Platform {
  os: OsName
  arch: Arch
  /** Linux only: /etc/os-release ID (ubuntu, debian, rhel, ...). */
  distroId?: string
  /** Linux only: /etc/os-release VERSION_ID (24.04, 12, 9.4, ...). */
  distroVersion?: string
  /** Linux only: IDs this distro is like (ID plus ID_LIKE). */
  distroFamily?: string[]
  /** Linux only: gnu or musl. */
  libc?: 'gnu' | 'musl'
}

/** Parses the text of /etc/os-release into its KEY=value pairs. */
export function parseOsRelease(text: string): Record<string, string> {
  const fields: Record<string, string> = {}
  for (const line of text.split('\n')) {
    const match = /^([A-Z_]+)=(.*)$/.exec(line.trim())
    if (match) fields[match[1]] = match[2].replace(/^["']|["']$/g, '')
  }
  return fields
}

/** Maps Node's or the runner's spelling of an architecture to ours. */
export function normalizeArch(value: string): Arch | undefined {
  switch (value.toLowerCase()) {
    case 'x64':
    case 'x86_64':
    case 'amd64':
      return 'x64'
    case 'arm64':
    case 'aarch64':
      return 'arm64'
    default:
      return undefined
  }
}

/** Maps Node's or the runner's spelling of an OS to ours. */
export function normalizeOs(value: string): OsName | undefined {
  switch (value.toLowerCase()) {
    case 'linux':
      return 'linux'
    case 'darwin':
    case 'macos':
      return 'darwin'
    case 'win32':
    case 'windows':
      return 'win32'
    default:
      return undefined
  }
}

/** The platform in reports and artifact names: linux-x64, macos-arm64, windows-x64. */
export function platformName(platform: Pick<Platform, 'os' | 'arch'>): string {
  return `${platform.os === 'win32' ? 'windows' : platform.os === 'darwin' ? 'macos' : 'linux'}-${platform.arch}`
}
