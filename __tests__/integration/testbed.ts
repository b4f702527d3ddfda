import { afterAll, beforeAll } from '@jest/globals'
import { execFileSync } from 'node:child_process'
import { existsSync, readdirSync, readFileSync } from 'node:fs'
import path from 'node:path'
import { freshToolCache, removeMadeFolders, type ActionRun } from './action.js'
// @ts-expect-error plain ESM helper without types
import { prepareTestbed, PBS_TAG } from '../../testbed/prepare.mjs'
// @ts-expect-error plain ESM helper without types
import { startServer } from '../../testbed/server.mjs'

export interface Server {
  url: string
  requests: string[]
  close: () => Promise<void>
}

export interface Testbed {
  root: string
  /** The real interpreters, built once: <cache>/standard and <cache>/freethreaded. */
  cache: string
  version: string
  minor: string
  server: Server
  pbsInputs: Record<string, string>
  pythonVersionsInputs: Record<string, string>
}

export { PBS_TAG }

/**
 * The test bed of a test file or describe block, opened before its tests and closed after them,
 * with the folders its runs made; with `toolCache`, a fresh tool cache of its own too. The object is
 * filled in when the tests start, so read it inside tests and hooks. A failure to open is the error
 * shown: closing what never opened stays silent.
 */
export function useTestbed(options: { toolCache?: boolean } = {}): Testbed & { toolCache: string } {
  const bed = {} as Testbed & { toolCache: string }
  beforeAll(async () => {
    Object.assign(bed, await openTestbed(), options.toolCache ? { toolCache: freshToolCache() } : {})
  })
  afterAll(async () => {
    await bed.server?.close()
    removeMadeFolders()
  })
  return bed
}

/** The JSON report a run wrote (its report-path output), typed as the test reads it (untyped unless given). */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export function readReport<Report = any>(run: ActionRun): Report {
  return JSON.parse(readFileSync(run.outputs['report-path'], 'utf8')) as Report
}

/** Packs the real builds (cached) and serves them on 127.0.0.1. */
export async function openTestbed(): Promise<Testbed> {
  const { root, version, cache } = prepareTestbed() as { root: string; version: string; cache: string }
  const server = (await startServer(root)) as Server
  return {
    root,
    cache,
    version,
    minor: version.split('.').slice(0, 2).join('.'),
    server,
    pbsInputs: {
      source: 'python-build-standalone',
      'pbs-latest-release-url': `${server.url}/pbs/latest-release.json`,
    },
    pythonVersionsInputs: {
      source: 'python-versions',
      'manifest-url': `${server.url}/versions-manifest.json`,
    },
  }
}

export interface Probe {
  gilEnabled: boolean
  gilDisabledBuild: number
  version: string
  abiflags: string
}

/** Runs an installed interpreter and asks it what it is. */
export function probe(python: string, env: Record<string, string> = {}): Probe {
  const code =
    'import json, sys, sysconfig; print(json.dumps({"gilEnabled": sys._is_gil_enabled(), ' +
    '"gilDisabledBuild": sysconfig.get_config_var("Py_GIL_DISABLED"), "version": sys.version, "abiflags": sys.abiflags}))'
  const out = execFileSync(python, ['-c', code], {
    env: { PATH: '/usr/bin:/bin', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  })
  return JSON.parse(out.toString()) as Probe
}

/** Everything in the tool cache's Python folder that is not a complete install. */
export function leftovers(toolCache: string): string[] {
  const pythonDir = path.join(toolCache, 'Python')
  if (!existsSync(pythonDir)) return []
  const found: string[] = []
  for (const version of readdirSync(pythonDir)) {
    const entries = readdirSync(path.join(pythonDir, version))
    if (entries.length === 0) found.push(`${version}/ (empty)`)
    for (const entry of entries) {
      if (entry.endsWith('.complete')) continue
      if (!entries.includes(`${entry}.complete`)) found.push(`${version}/${entry}`)
    }
  }
  return found
}
