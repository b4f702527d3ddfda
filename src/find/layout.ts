import path from 'node:path'
import { minorOf } from '../model/build.js'
import type { Build } from '../model/build.js'
import type { Arch, OsName } from '../platform/platform.js'

/** setup-python's tool-cache layout: Python/<version>/<arch>[-freethreaded] plus a .complete marker. */
export function archDirName(arch: Arch, build: Build): string {
  return build === 'freethreaded' ? `${arch}-freethreaded` : arch
}

export function installDir(toolCache: string, version: string, arch: Arch, build: Build): string {
  return path.join(toolCache, 'Python', version, archDirName(arch, build))
}

/** The interpreter inside an install prefix; on Unix python3.Xt is the free-threaded one. */
export function interpreterPath(dir: string, os: OsName, version: string, build: Build): string {
  const suffix = build === 'freethreaded' ? 't' : ''
  if (os === 'win32') return path.join(dir, suffix ? `python${minorOf(version)}t.exe` : 'python.exe')
  return path.join(dir, 'bin', `python${minorOf(version)}${suffix}`)
}

/** Directories setup-python puts on PATH for an install. */
export function pathDirs(dir: string, os: OsName): string[] {
  return os === 'win32' ? [dir, path.join(dir, 'Scripts')] : [dir, path.join(dir, 'bin')]
}

/** The tool cache: AGENT_TOOLSDIRECTORY where set (as python-versions' setup.sh honours), else RUNNER_TOOL_CACHE. */
export function toolCacheRoot(env: NodeJS.ProcessEnv = process.env): string {
  const root = env.AGENT_TOOLSDIRECTORY || env.RUNNER_TOOL_CACHE
  if (!root) throw new Error('RUNNER_TOOL_CACHE is not set: run this action on a GitHub Actions runner')
  return root
}
