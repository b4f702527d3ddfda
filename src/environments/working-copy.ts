import { constants, cpSync, existsSync, lstatSync, readdirSync, rmSync, symlinkSync } from 'node:fs'
import path from 'node:path'
import * as core from '../common/workflow-commands.js'

/*
 * The modes run at the same time, and a test that writes a fixed file name into the working
 * directory, or a tool that keeps state there, would let one mode read, erase or overwrite another's.
 * So the first leg runs in the working directory itself, as a plain run would, and every other leg
 * runs in a copy of the tree that holds it (the workspace, when the working directory is inside it),
 * made after `install` and removed when the run ends. Copies are clones where the file system has
 * them (btrfs, XFS, APFS); .git is linked, not copied, and .tox, .nox and .venv are left out. A tree
 * past COPY_LIMITS runs in place.
 */

/**
 * Left out of a copy, at the tree's top: environments the action gives each mode its own of (tox's,
 * nox's, a uv project's .venv), and .git, which is linked instead.
 */
const NOT_COPIED = new Set(['.git', '.tox', '.nox', '.venv'])

/** Beyond either, the legs share the working directory (docs/modes.md has the measurements). */
export const COPY_LIMITS = { files: 20_000, bytes: 512 * 1024 ** 2 }

/** Where a leg runs, and the tree its folder is a copy of (undefined: in place). */
export interface WorkingTree {
  /** The folder the leg's commands run in. */
  workDir: string
  /** With a copy: its root, and the root it copies. */
  copy?: { root: string; of: string }
}

/** The path of file relative to root, when file is root or below it ('' for root itself); else undefined. */
export function within(root: string, file: string): string | undefined {
  const relative = path.relative(root, file)
  return relative.startsWith('..') || path.isAbsolute(relative) ? undefined : relative
}

/** The tree a copy must hold: the workspace when the working directory is inside it (tests read ../data). */
export function treeRoot(workDir: string, workspace: string | undefined): string {
  return workspace && within(workspace, workDir) !== undefined ? workspace : workDir
}

/** Files and bytes under root, as a copy would hold them; undefined once past the limits (it stops counting). */
export function treeSize(root: string, limits = COPY_LIMITS): { files: number; bytes: number } | undefined {
  let files = 0
  let bytes = 0
  const pending = [root]
  while (pending.length > 0) {
    const dir = pending.pop()!
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      if (dir === root && NOT_COPIED.has(entry.name)) continue
      const full = path.join(dir, entry.name)
      if (entry.isDirectory()) pending.push(full)
      else {
        files++
        if (entry.isFile()) bytes += lstatSync(full).size
      }
      if (files > limits.files || bytes > limits.bytes) return undefined
    }
  }
  return { files, bytes }
}

/**
 * Copies the tree at `from` to `to` (cloned where the file system can), symbolic links kept as they
 * are, .git linked. Throws what the copy met; `to` is then removed.
 */
export function copyTree(from: string, to: string): void {
  rmSync(to, { recursive: true, force: true })
  try {
    cpSync(from, to, {
      recursive: true,
      mode: constants.COPYFILE_FICLONE,
      preserveTimestamps: true,
      verbatimSymlinks: true,
      filter: (source) => path.dirname(source) !== from || !NOT_COPIED.has(path.basename(source)),
    })
    if (existsSync(path.join(from, '.git'))) {
      symlinkSync(path.join(from, '.git'), path.join(to, '.git'), process.platform === 'win32' ? 'junction' : 'dir')
    }
  } catch (error) {
    rmSync(to, { recursive: true, force: true })
    throw error
  }
}

/** The leg's folder inside its copy: the working directory's place in the tree, under the copy's root. */
export function inCopy(workDir: string, copy: { root: string; of: string }): string {
  return path.join(copy.root, path.relative(copy.of, workDir))
}

/** A path the leg saw in its copy, as it is in the tree it copies (unchanged when not in the copy). */
export function originalPath(file: string, tree: WorkingTree): string {
  if (!tree.copy) return file
  const relative = within(tree.copy.root, file)
  return relative === undefined ? file : path.join(tree.copy.of, relative)
}

/** A path of the tree the copy was made of, as the same path in the copy (a `results` glob). */
export function copiedPath(file: string, tree: WorkingTree): string {
  if (!tree.copy) return file
  const relative = within(tree.copy.of, file)
  return relative === undefined ? file : path.join(tree.copy.root, relative)
}

/** Text (a traceback) with the copy's root written as the tree it copies. */
export function originalText(text: string, tree: WorkingTree): string {
  return tree.copy ? text.split(tree.copy.root).join(tree.copy.of) : text
}

/**
 * Each leg's working tree, by leg id: the first in place; with `isolation: copy`, every other one in
 * a copy under copiesDir, when the tree is within COPY_LIMITS and copies can be made (else in place).
 */
export function workingTrees(
  legIds: string[],
  options: { workDir: string; workspace: string | undefined; isolation: 'copy' | 'shared'; copiesDir: string },
): Map<string, WorkingTree> {
  const { workDir, isolation, copiesDir } = options
  const trees = new Map(legIds.map((id) => [id, { workDir } as WorkingTree]))
  rmSync(copiesDir, { recursive: true, force: true })
  if (isolation === 'shared' || legIds.length < 2) return trees
  const of = treeRoot(workDir, options.workspace)
  const size = treeSize(of)
  if (!size) {
    core.notice(
      `isolation: ${of} has more than ${COPY_LIMITS.files} files or ${COPY_LIMITS.bytes / 1024 ** 2} MiB; the modes share it (coverage, hypothesis, the pytest cache and TMPDIR stay apart)`,
    )
    return trees
  }
  const started = Date.now()
  try {
    for (const id of legIds.slice(1)) {
      const copy = { root: path.join(copiesDir, id), of }
      copyTree(of, copy.root)
      trees.set(id, { workDir: inCopy(workDir, copy), copy })
    }
  } catch (error) {
    core.warning(`isolation: could not copy ${of} (${(error as Error).message}); the modes share it`)
    rmSync(copiesDir, { recursive: true, force: true })
    for (const id of legIds) trees.set(id, { workDir })
    return trees
  }
  const mib = (size.bytes / 1024 ** 2).toFixed(1)
  const seconds = ((Date.now() - started) / 1000).toFixed(1)
  core.info(
    `isolation: ${legIds[0]} runs in ${workDir}; ${legIds.length - 1} more in copies of ${of} (${size.files} files, ${mib} MiB, ${seconds} s)`,
  )
  return trees
}
