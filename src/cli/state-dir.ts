import { createHash } from 'node:crypto'
import { existsSync, realpathSync } from 'node:fs'
import { homedir } from 'node:os'
import path from 'node:path'
import { venvDirOf } from '../environments/prepare-environments.js'
import { installedVenv } from '../environments/venv-reuse.js'
import { runRoot } from '../pipeline/prepare.js'

/*
 * Where the command line keeps what outlives a run: the user's cache folder (XDG's on Linux, the
 * platform's own elsewhere), with the interpreters it installs and a folder per project (its venvs,
 * its last run's legs and report).
 */

/** $XDG_CACHE_HOME/setup-python-ft (else ~/.cache/…); ~/Library/Caches/… on macOS; %LOCALAPPDATA%\…\Cache on Windows. */
export function userCacheDir(
  env: NodeJS.ProcessEnv = process.env,
  platform = process.platform,
  home = homedir(),
): string {
  if (platform === 'win32')
    return path.join(env.LOCALAPPDATA || path.join(home, 'AppData', 'Local'), 'setup-python-ft', 'Cache')
  if (platform === 'darwin') return path.join(home, 'Library', 'Caches', 'setup-python-ft')
  const xdg = env.XDG_CACHE_HOME && path.isAbsolute(env.XDG_CACHE_HOME) ? env.XDG_CACHE_HOME : path.join(home, '.cache')
  return path.join(xdg, 'setup-python-ft')
}

/** A project's own folder in the cache: its name and a hash of where it is. */
export function projectDir(cacheDir: string, workDir: string): string {
  let real = path.resolve(workDir)
  try {
    real = realpathSync(real)
  } catch {
    // A folder that is not there yet keeps its resolved name.
  }
  const hash = createHash('sha256').update(real).digest('hex').slice(0, 12)
  const name = path.basename(real).replace(/[^\w.-]+/g, '_') || 'project'
  return path.join(cacheDir, 'projects', `${name}-${hash}`)
}

/** The interpreter of a venv the project's last run made and installed, by venv key (cp314t, cp314t-tsan). */
export function reusedVenvPython(project: string, venvKey: string): string | undefined {
  const dir = venvDirOf(runRoot(project), venvKey)
  const windows = process.platform === 'win32'
  const python = path.join(dir, windows ? 'Scripts' : 'bin', windows ? 'python.exe' : 'python')
  return installedVenv(dir) && existsSync(python) ? python : undefined
}
