import { rmSync } from 'node:fs'
import path from 'node:path'
import { openArtifactStore } from '../artifacts/open-artifact-store.js'
import { uploadLegs } from '../artifacts/upload-legs.js'
import { cacheHitOutputs, saveDependencyCache } from '../dependencies/dependency-cache.js'
import { legArtifact } from '../model/leg.js'
import { minorOf } from '../model/build.js'
import { platformName } from '../platform/platform.js'
import type { LegResult } from '../results/leg-file.js'
import * as core from '../common/workflow-commands.js'
import type { Prepared } from './prepare.js'
import type { Comparison } from '../compare/comparison.js'
import { keepAutoBaseline } from './auto-baseline.js'

/**
 * What the install and the run added to each build's dependency cache, saved for the next run. In a
 * pull request's run nothing is saved, and the folders go: on a self-hosted runner the branch's next
 * run would otherwise find what the pull request's code put there.
 */
async function saveDependencyCaches({ store, dependencyCaches, installs, venvs, planned }: Prepared) {
  if (!store || dependencyCaches.size === 0) return
  const outcomes = []
  for (const [venvKey, cache] of dependencyCaches) {
    const outcome = installs.get(venvKey)?.cache
    if (!outcome) continue
    outcomes.push({ build: planned.find((l) => l.venvKey === venvKey)!.build, outcome })
    if (venvs.has(venvKey)) core.info(`Dependency cache of ${await saveDependencyCache(store, cache, outcome)}`)
    if (store.readOnly) rmSync(cache.dir, { recursive: true, force: true })
  }
  for (const [name, value] of Object.entries(cacheHitOutputs(outcomes))) core.setOutput(name, value)
}

/** Each leg's results as an artifact of its own, for the compare job of a matrix (`artifact`). */
async function uploadLegResults(
  { inputs, platform, ready }: Prepared,
  legs: LegResult[],
  problem: (m: string) => void,
) {
  if (!inputs.artifact) return
  const uploads = ready.map(({ plan, context }, index) => ({
    name: legArtifact(inputs.artifact, platformName(platform), minorOf(legs[index].version), plan.mode),
    mode: plan.mode,
    legDir: context.legDir,
  }))
  await uploadLegs(await openArtifactStore(inputs.artifactDir), uploads, problem)
}

/**
 * The keep stage: the legs' folder as an output, the dependency caches and the baseline saved, the
 * legs uploaded.
 */
export async function keep(
  prepared: Prepared,
  legs: LegResult[],
  comparison: Comparison,
  problem: (message: string) => void,
) {
  core.setOutput('results-dir', path.join(prepared.root, 'legs'))
  await saveDependencyCaches(prepared)
  const { auto, store, inputs } = prepared
  if (auto && store)
    await keepAutoBaseline(store, inputs.event, auto, comparison, { info: core.info, warn: core.warning })
  await uploadLegResults(prepared, legs, problem)
}
