import { execFile } from 'node:child_process'
import { readFileSync, statSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { promisify } from 'node:util'
import { PLUGIN_DISTS } from './plugin-dists.js'

/*
 * What a mode's venv holds: every installed distribution, its version, the tags of the wheel it came
 * from, its free-threading classifier and its extension modules. Builds that resolve the same
 * requirements to different versions test different code (compare/findings.ts); how each came
 * (readiness.ts) is the list a maintainer chases upstream.
 */

const run = promisify(execFile)

/** The distributions the action itself places in a venv: not the project's. */
const OWN = new Set<string>(PLUGIN_DISTS.map((dist) => dist.name))

export interface InstalledDistribution {
  /** Normalized (PEP 503). */
  name: string
  version: string
  /** The WHEEL file's tags (cp313-cp313t-manylinux_2_17_x86_64); none for a non-wheel install. */
  tags: string[]
  /** The level of its `Programming Language :: Python :: Free Threading` classifier, when it has one. */
  freeThreading?: string
  /** Its extension modules, by dotted name. */
  extensions: string[]
  /** Installed from a local folder (PEP 610's dir_info): the project itself, most often. */
  local?: true
}

const LIST = `
import importlib.metadata as m, json, re
found = {}
for d in m.distributions():
    name = d.metadata["Name"]
    if not name:
        continue
    key = re.sub(r"[-_.]+", "-", name).lower()
    if key in found:
        continue
    wheel = d.read_text("WHEEL") or ""
    tags = [line.split(":", 1)[1].strip() for line in wheel.splitlines() if line.startswith("Tag:")]
    levels = [c.split("::")[-1].strip() for c in (d.metadata.get_all("Classifier") or [])
              if c.startswith("Programming Language :: Python :: Free Threading ::")]
    modules = set()
    for f in d.files or []:
        path = str(f).replace("\\\\", "/")
        if path.endswith((".so", ".pyd")) and not path.startswith(".."):
            modules.add(path.split(".")[0].replace("/", "."))
    local = False
    try:
        local = "dir_info" in json.loads(d.read_text("direct_url.json") or "{}")
    except ValueError:
        pass
    found[key] = {"name": key, "version": d.version, "tags": tags,
                  "freeThreading": levels[-1] if levels else None, "extensions": sorted(modules), "local": local}
print(json.dumps(sorted(found.values(), key=lambda d: d["name"])))
`

/** The venv's distributions, sorted by name; the action's own are left out. */
export async function installedDistributions(python: string, env: NodeJS.ProcessEnv): Promise<InstalledDistribution[]> {
  const { stdout } = await run(python, ['-I', '-c', LIST], { env, maxBuffer: 16 * 1024 * 1024, timeout: 60_000 })
  const found = JSON.parse(stdout) as (Omit<InstalledDistribution, 'freeThreading' | 'local'> & {
    freeThreading: string | null
    local: boolean
  })[]
  return found
    .filter((dist) => !OWN.has(dist.name))
    .map(({ freeThreading, local, ...dist }) => ({
      ...dist,
      ...(freeThreading ? { freeThreading } : {}),
      ...(local ? { local: true as const } : {}),
    }))
}

/** Where a venv keeps its last listing, and the state of its packages' folder it describes. */
const LISTING_FILE = 'setup-python-ft-distributions.json'

interface Listing {
  python: string
  packagesChanged: number
  distributions: InstalledDistribution[]
}

/**
 * The distributions of a venv: listed by its interpreter (a tenth of a second), or, while its
 * packages' folder is as it was then, the listing kept from before (an unchanged venv a second run
 * reuses, or a second mode in the same venv). An install, an upgrade or an uninstall adds or removes
 * entries in that folder, and so changes its time.
 */
export async function venvDistributions(
  venv: { dir: string; python: string; purelib: string },
  env: NodeJS.ProcessEnv,
): Promise<InstalledDistribution[]> {
  const file = path.join(venv.dir, LISTING_FILE)
  const packagesChanged = statSync(venv.purelib).mtimeMs
  try {
    const kept = JSON.parse(readFileSync(file, 'utf8')) as Listing
    if (kept.python === venv.python && kept.packagesChanged === packagesChanged) return kept.distributions
  } catch {
    // None kept, or unreadable: listed again.
  }
  const distributions = await installedDistributions(venv.python, env)
  const listing: Listing = { python: venv.python, packagesChanged, distributions }
  try {
    writeFileSync(file, JSON.stringify(listing))
  } catch {
    // Not kept: the next run lists them again.
  }
  return distributions
}

/**
 * The extension modules of the distributions installed from a local folder (the project's own) of
 * which the run imported none: the suite ran the pure-Python code beside them (the source tree came
 * first on sys.path), or none of it. A distribution with one extension imported is the installed
 * one in use: that the tests chosen touch only some of its modules says nothing.
 */
export function untestedExtensions(dists: InstalledDistribution[], loaded: Iterable<string>): string[] {
  const imported = new Set(loaded)
  return dists
    .filter((dist) => dist.local && !dist.extensions.some((name) => imported.has(name)))
    .flatMap((dist) => dist.extensions)
    .sort()
}

/** name -> version, as leg.json's `packages` holds them. */
export function versionsOf(dists: InstalledDistribution[]): Record<string, string> {
  return Object.fromEntries(dists.map((dist) => [dist.name, dist.version]))
}
