import { existsSync, readFileSync, readdirSync } from 'node:fs'
import { parseOsRelease, type Arch, type Platform, normalizeOs } from './platform.js'

/** Reads the platform of this machine; `arch` comes from the validated inputs. */
export function detectPlatform(arch: Arch): Platform {
  const os = normalizeOs(process.platform)
  if (!os) throw new Error(`this action runs on Linux, macOS and Windows, not on ${process.platform}`)
  if (os !== 'linux') return { os, arch }
  const release = existsSync('/etc/os-release') ? parseOsRelease(readFileSync('/etc/os-release', 'utf8')) : {}
  const distroId = release.ID ?? 'linux'
  return {
    os,
    arch,
    distroId,
    distroVersion: release.VERSION_ID ?? '',
    distroFamily: [distroId, ...(release.ID_LIKE ?? '').split(/\s+/).filter(Boolean)],
    libc: isMusl() ? 'musl' : 'gnu',
  }
}

function isMusl(): boolean {
  try {
    return readdirSync('/lib').some((name) => name.startsWith('ld-musl-'))
  } catch {
    return false
  }
}
