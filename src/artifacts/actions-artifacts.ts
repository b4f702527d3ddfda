import path from 'node:path'
import { DefaultArtifactClient } from '@actions/artifact'
import type { ArtifactStore } from './artifact-store.js'

/** Artifacts of this workflow run, through @actions/artifact (needs the Actions runtime). */
export class GitHubArtifactStore implements ArtifactStore {
  private readonly client = new DefaultArtifactClient()

  async upload(name: string, root: string, files: string[]): Promise<void> {
    await this.client.uploadArtifact(name, files, root, { retentionDays: 7 })
  }

  async downloadAll(prefix: string, into: string): Promise<Map<string, string>> {
    const { artifacts } = await this.client.listArtifacts({ latest: true })
    const found = new Map<string, string>()
    for (const artifact of artifacts.filter((a) => a.name.startsWith(prefix))) {
      const dir = path.join(into, artifact.name)
      await this.client.downloadArtifact(artifact.id, { path: dir })
      found.set(artifact.name, dir)
    }
    return found
  }
}
