import { execFile } from 'node:child_process'
import { promisify } from 'node:util'
import { PLUGIN_DISTS } from '../run/venv.js'

/*
 * What a mode's venv holds: every installed distribution and its version. Builds that resolve the
 * same requirements to different versions (no cp3XYt wheel of the newest release, say) test
 * different code; the comparison says so (compare/findings.ts).
 */

const run = promisify(execFile)

/** The distributions the action itself places in a venv: not the project's. */
const OWN = new Set<string>(PLUGIN_DISTS.map((dist) => dist.name))

const LIST = `
import importlib.metadata as m, json, re
found = {}
for d in m.distributions():
    name = d.metadata["Name"]
    if name:
        found.setdefault(re.sub(r"[-_.]+", "-", name).lower(), d.version)
print(json.dumps(found))
`

/** Installed distributions by normalized name (PEP 503), sorted; the action's own are left out. */
export async function installedDistributions(python: string, env: NodeJS.ProcessEnv): Promise<Record<string, string>> {
  const { stdout } = await run(python, ['-I', '-c', LIST], { env, maxBuffer: 16 * 1024 * 1024, timeout: 60_000 })
  const found = JSON.parse(stdout) as Record<string, string>
  return Object.fromEntries(
    Object.entries(found)
      .filter(([name]) => !OWN.has(name))
      .sort(([a], [b]) => (a < b ? -1 : 1)),
  )
}
