import { statSync } from 'node:fs'
import { glob } from 'node:fs/promises'
import path from 'node:path'
import * as core from '../runner/commands.js'
import type { LegPlan } from './legs.js'

/** A leg's JUnit files: those in its results folder, and those the `results` glob matches for it. */
export async function resultFiles(pattern: string, plan: LegPlan, legDir: string, workDir: string) {
  const patterns = [path.join(legDir, 'results', '**', '*.xml')]
  if (pattern) {
    const expanded = pattern
      .replace(/\{leg\}/g, plan.id)
      .replace(/\{mode\}/g, plan.mode)
      .replace(/\{version\}/g, plan.version)
    patterns.push(path.isAbsolute(expanded) ? expanded : path.join(workDir, expanded))
  }
  const files: string[] = []
  for (const p of patterns) {
    for await (const file of glob(p.replace(/\\/g, '/'))) if (statSync(file).isFile()) files.push(file)
  }
  if (pattern && files.length === 0) core.warning(`results: no file matches ${pattern} for ${plan.mode}`)
  return files.sort()
}
