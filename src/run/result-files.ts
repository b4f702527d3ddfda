import { statSync } from 'node:fs'
import { glob } from 'node:fs/promises'
import path from 'node:path'
import * as core from '../runner/commands.js'
import { InputError } from '../inputs/errors.js'
import type { RunInputs } from '../inputs/run-inputs.js'
import type { LegPlan } from './legs.js'

/** The `results` glob, checked: modes run at the same time, so each must match its own files. */
export function resultsPattern(inputs: RunInputs, legs: LegPlan[]): string | undefined {
  if (!inputs.results) return undefined
  const versions = new Set(legs.map((l) => l.version)).size
  const unique = inputs.results.includes('{leg}') || (inputs.results.includes('{mode}') && versions === 1)
  if (!unique && legs.length > 1) {
    throw new InputError(
      'results',
      'the modes run at the same time, so each needs its own files: put {mode} (or {leg} with several versions) in the pattern, or have the command write into $SETUP_PYTHON_FT_RESULTS_DIR',
    )
  }
  return inputs.results
}

/** A leg's JUnit files: those in its results folder, and those the `results` glob matches for it. */
export async function resultFiles(pattern: string | undefined, plan: LegPlan, legDir: string, workDir: string) {
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
