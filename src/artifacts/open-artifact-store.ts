import { DirectoryStore, type ArtifactStore } from './artifact-store.js'

/** The store the inputs ask for: a directory, or the Actions artifact service (loaded on demand). */
export async function openArtifactStore(artifactDir: string): Promise<ArtifactStore> {
  if (artifactDir) return new DirectoryStore(artifactDir)
  const { GitHubArtifactStore } = await import('./actions-artifacts.js')
  return new GitHubArtifactStore()
}
