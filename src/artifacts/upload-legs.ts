import { readdirSync } from 'node:fs'
import path from 'node:path'
import * as core from '../common/workflow-commands.js'
import type { ArtifactStore } from './artifact-store.js'

/** What a leg hands to the compare job: leg.json, its log and its JUnit files. */
function legFilesToUpload(legDir: string): string[] {
  return readdirSync(legDir)
    .filter((name) => name === 'leg.json' || name === 'output.log' || /^junit-.*\.xml$/.test(name))
    .map((name) => path.join(legDir, name))
}

/** Uploads each leg's folder under its artifact name; a failed upload is reported, the rest go on. */
export async function uploadLegs(
  store: ArtifactStore,
  uploads: { name: string; mode: string; legDir: string }[],
  problem: (message: string) => void,
) {
  for (const { name, mode, legDir } of uploads) {
    try {
      const how = await store.upload(name, legDir, legFilesToUpload(legDir))
      core.info(
        how === 'replaced'
          ? `Uploaded ${mode} as ${name}, replacing the artifact an earlier attempt of this job left`
          : `Uploaded ${mode} as ${name}`,
      )
    } catch (error) {
      problem(`artifact: could not upload ${name}: ${(error as Error).message}`)
    }
  }
}
