import path from 'node:path'
import { DefaultArtifactClient } from '@actions/artifact'
import type { ArtifactStore } from './artifact-store.js'

/** Artifacts of this workflow run, through @actions/artifact (needs the Actions runtime). */
export class GitHubArtifactStore implements ArtifactStore {
  private readonly client = new DefaultArtifactClient()

  async upload(name: string, root: string, files: string[]): Promise<'new' | 'replaced'> {
    try {
      await this.client.uploadArtifact(name, files, root, { retentionDays: 7 })
      return 'new'
    } catch (error) {
      // The service keeps one artifact per name in a workflow run: on a re-run of failed jobs, this
      // leg's attempt 1 already has one (409). This attempt's results replace it.
      if (!/\(409\)/.test((error as Error).message)) throw error
      await this.client.deleteArtifact(name)
      await this.client.uploadArtifact(name, files, root, { retentionDays: 7 })
      return 'replaced'
    }
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
