import { mkdtemp, rm } from 'node:fs/promises'
import path from 'node:path'
import * as exec from '@actions/exec'
import * as tc from '@actions/tool-cache'
import type { Platform } from '../platform/platform.js'
import type { Candidate } from '../sources/candidate.js'

/**
 * python-versions' macOS and Windows archives wrap the python.org installers: unpack and run the
 * archive's own setup script, as setup-python does. It writes the tool-cache entry and marker itself.
 */
export async function runInstallerScript(
  archive: string,
  candidate: Candidate,
  platform: Platform,
  tempDir: string,
): Promise<void> {
  const work = await mkdtemp(path.join(tempDir, 'installer-'))
  try {
    if (platform.os === 'win32') {
      await tc.extractZip(archive, work)
      await exec.exec('pwsh', ['-NoLogo', '-NoProfile', '-File', 'setup.ps1'], { cwd: work })
    } else {
      await tc.extractTar(archive, work)
      await exec.exec('bash', ['./setup.sh'], { cwd: work })
    }
  } catch (error) {
    throw new Error(`the installer script of ${candidate.filename} failed: ${(error as Error).message}`)
  } finally {
    await rm(work, { recursive: true, force: true })
  }
}
