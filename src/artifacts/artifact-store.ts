import { cpSync, existsSync, mkdirSync, readdirSync, rmSync } from 'node:fs'
import path from 'node:path'

/**
 * How legs hand their results to the compare job. On GitHub it is the Actions artifact service
 * (actions-artifacts.ts); `artifact-dir` swaps in a shared directory, for self-hosted runners with a common
 * disk and for the tests, which cannot reach the Actions service.
 */
export interface ArtifactStore {
  /**
   * Uploads these files, relative to root, under a name. An artifact of that name from an earlier
   * attempt of the job (a re-run of failed jobs) is replaced: 'replaced' says so.
   */
  upload(name: string, root: string, files: string[]): Promise<'new' | 'replaced'>
  /** Downloads every artifact whose name starts with prefix; one folder each, by name. */
  downloadAll(prefix: string, into: string): Promise<Map<string, string>>
}

/** Artifacts as folders of a shared directory: <dir>/<name>/... */
export class DirectoryStore implements ArtifactStore {
  constructor(private readonly dir: string) {}

  async upload(name: string, root: string, files: string[]): Promise<'new' | 'replaced'> {
    const folder = path.join(this.dir, name)
    const replaced = existsSync(folder)
    rmSync(folder, { recursive: true, force: true })
    for (const file of files) {
      const target = path.join(this.dir, name, path.relative(root, file))
      mkdirSync(path.dirname(target), { recursive: true })
      cpSync(file, target)
    }
    return replaced ? 'replaced' : 'new'
  }

  async downloadAll(prefix: string): Promise<Map<string, string>> {
    const found = new Map<string, string>()
    if (!existsSync(this.dir)) return found
    for (const name of readdirSync(this.dir).sort()) {
      if (name.startsWith(prefix)) found.set(name, path.join(this.dir, name))
    }
    return found
  }
}
