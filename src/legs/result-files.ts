import { statSync } from 'node:fs'
import { glob } from 'node:fs/promises'
import path from 'node:path'
import * as core from '../common/workflow-commands.js'
import { fillPlaceholders } from './leg-plan.js'
import { type LegPlan } from '../model/leg.js'

/**
 * Files a clock with coarse timestamps (FAT: 2 s) may date a little before the run that wrote them.
 */
const MTIME_SLACK_MS = 2000

/**
 * A leg's JUnit files: those in its results folder, and those the `results` glob matches for it.
 * Only files written since the leg started count: XML left in a folder by an earlier run is stale.
 */
export async function resultFiles(
  pattern: string,
  plan: LegPlan,
  legDir: string,
  workDir: string,
  since: number,
  inTree: (file: string) => string = (file) => file,
) {
  const patterns = [path.join(legDir, 'results', '**', '*.xml')]
  if (pattern) {
    // An absolute pattern into the workspace means the leg's own copy of it, where its runner wrote.
    const expanded = fillPlaceholders(pattern, plan)
    patterns.push(path.isAbsolute(expanded) ? inTree(expanded) : path.join(workDir, expanded))
  }
  const files: string[] = []
  const stale: string[] = []
  for (const p of patterns) {
    for await (const file of glob(p.replace(/\\/g, '/'))) {
      const stat = statSync(file)
      if (!stat.isFile()) continue
      if (stat.mtimeMs < since - MTIME_SLACK_MS) stale.push(path.relative(workDir, file))
      else files.push(file)
    }
  }
  if (stale.length > 0) {
    const names = stale.slice(0, 3).join(', ') + (stale.length > 3 ? `, and ${stale.length - 3} more` : '')
    core.warning(
      `results: ${plan.mode} left out ${stale.length} ${stale.length === 1 ? 'file' : 'files'} written before this run (${names}); only files the run writes count`,
    )
  }
  if (pattern && files.length === 0 && stale.length === 0) {
    core.warning(`results: no file matches ${pattern} for ${plan.mode}`)
  }
  return files.sort()
}
