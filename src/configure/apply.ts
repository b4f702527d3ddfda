import { existsSync, mkdirSync, rmSync, symlinkSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import * as core from '../common/workflow-commands.js'
import type { Exports } from './exports.js'

/** Makes the names folder afresh: a link for each name to the first of its programs that exists. */
export function placeNames(names: Exports['names']): void {
  rmSync(names.dir, { recursive: true, force: true })
  mkdirSync(names.dir, { recursive: true })
  for (const [name, candidates] of Object.entries(names.links)) {
    const target = candidates.find((candidate) => existsSync(candidate))
    if (target) symlinkSync(target, path.join(names.dir, name))
  }
}

/** Hands the exports to the runner: GITHUB_PATH, GITHUB_ENV, GITHUB_OUTPUT, and the env files. */
export function applyExports(exports: Exports, updateEnvironment: boolean): void {
  for (const [file, text] of Object.entries(exports.envFiles)) {
    mkdirSync(path.dirname(file), { recursive: true })
    writeFileSync(file, text)
  }
  if (Object.keys(exports.names.links).length > 0) placeNames(exports.names)
  if (updateEnvironment) {
    for (const dir of exports.path) core.addPath(dir)
    for (const [key, value] of Object.entries(exports.env)) core.exportVariable(key, value)
  }
  for (const [key, value] of Object.entries(exports.outputs)) core.setOutput(key, value)
}
