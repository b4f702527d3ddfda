import { existsSync } from 'node:fs'
import { readdir, rename, rm, rmdir, symlink } from 'node:fs/promises'
import path from 'node:path'
import type { Build } from '../model/build.js'
import type { OsName } from '../platform/platform.js'
import { minorOf } from '../model/build.js'

async function link(target: string, at: string): Promise<void> {
  if (!existsSync(at)) await symlink(target, at)
}

/** PBS archives unpack to python/: lift its content to the staging root. */
export async function liftPbsRoot(staging: string): Promise<void> {
  const inner = path.join(staging, 'python')
  if (!existsSync(inner))
    throw new Error('the archive has no python/ folder (not a python-build-standalone install_only archive)')
  for (const name of await readdir(inner)) await rename(path.join(inner, name), path.join(staging, name))
  await rmdir(inner)
}

/**
 * Gives an install the names setup-python's own install script creates: `python` at the root,
 * and bin/python3.X, bin/python3X and bin/python, so either action can use the tree.
 */
export async function addSetupPythonLinks(dir: string, os: OsName, version: string, build: Build): Promise<void> {
  await rm(path.join(dir, 'setup.sh'), { force: true })
  if (os === 'win32') return
  const minor = minorOf(version)
  const bin = path.join(dir, 'bin')
  const real = build === 'freethreaded' ? `python${minor}t` : `python${minor}`
  if (!existsSync(path.join(bin, real))) throw new Error(`the archive has no bin/${real}`)
  await link(real, path.join(bin, `python${minor}`))
  await link(`python${minor}`, path.join(bin, `python${minor.replace('.', '')}`))
  await link(`python${minor}`, path.join(bin, 'python3'))
  await link(`python${minor}`, path.join(bin, 'python'))
  await link(`./bin/python${minor}`, path.join(dir, 'python'))
}
