import type { Installed } from '../configure/exports.js'
import { minorOf } from '../find/layout.js'
import type { Build } from '../inputs/inputs.js'
import type { GilSetting } from '../inputs/run-inputs.js'
import { buildOf, isTsan, withoutGil, type Mode } from '../results/leg.js'

/** One mode of one installed version, to be run. */
export interface LegPlan {
  /** Unique and safe as a folder name: 3.13.15-freethreaded. */
  id: string
  group: string
  mode: Mode
  build: Build
  version: string
  abi: string
  /**
   * The virtual environment (and its install and dependency cache) the leg shares with the other
   * modes of its interpreter: the ABI, or cp3XYt-tsan for the ThreadSanitizer build, whose wheels
   * are instrumented and must not mix with the plain free-threaded build's.
   */
  environment: string
  /** The installed interpreter the leg's virtual environment is made from. */
  python: string
  /** PYTHON_GIL for the leg; undefined leaves it unset. */
  pythonGil: string | undefined
}

/** PYTHON_GIL per mode: never on the standard build, where 0 is fatal at start-up. */
export function pythonGilFor(mode: Mode, gil: GilSetting): string | undefined {
  if (mode === 'freethreaded-gil') return '1'
  if (withoutGil(mode)) return gil === 'force-off' ? '0' : undefined
  return undefined
}

/**
 * The placeholders {leg}, {mode} and {version} of `run` and `results` filled in for one leg, so that
 * modes running at the same time write and read files of their own. A shell's ${mode} and a
 * doubled {{mode}} (Python's format escape) stay as they are.
 */
export function fillPlaceholders(text: string, plan: Pick<LegPlan, 'id' | 'mode' | 'version'>): string {
  const values = { leg: plan.id, mode: plan.mode, version: plan.version }
  return text.replace(/(?<![${])\{(leg|mode|version)\}(?!\})/g, (_, name: keyof typeof values) => values[name])
}

/** The comparison group of a version on a platform: legs are compared within it. */
export function groupLabel(version: string, platform: string): string {
  return `Python ${version} on ${platform}`
}

/** How legs are grouped for comparison: by minor version, unless two entries share one. */
export function groupName(version: string, versions: string[], platform: string): string {
  const minor = minorOf(version)
  const shared = versions.filter((v) => minorOf(v) === minor).length > 1
  return groupLabel(shared ? version : minor, platform)
}

/**
 * The legs of a single-job run: every mode of every installed version. A mode whose build is not
 * installed is reported, not run; freethreaded-tsan runs on the version's ThreadSanitizer
 * interpreter (tsanPythons, by version), and not at all where none could be had (already reported).
 */
export function planLegs(
  installed: Installed[],
  modes: Mode[],
  gil: GilSetting,
  platform: string,
  tsanPythons: ReadonlyMap<string, string> = new Map(),
): { legs: LegPlan[]; problems: string[] } {
  const versions = [...new Set(installed.map((i) => i.version))]
  const legs: LegPlan[] = []
  const problems: string[] = []
  for (const version of versions) {
    for (const mode of modes) {
      const build = buildOf(mode)
      const interpreter = installed.find((i) => i.version === version && i.build === build)
      if (!interpreter) {
        problems.push(
          `modes: ${mode} needs the ${build} build of ${version}, which is not installed (see builds and python-version)`,
        )
        continue
      }
      const python = isTsan(mode) ? tsanPythons.get(version) : interpreter.python
      if (!python) continue
      legs.push({
        id: `${version}-${mode}`,
        group: groupName(version, versions, platform),
        mode,
        build,
        version,
        abi: interpreter.abi,
        environment: isTsan(mode) ? `${interpreter.abi}-tsan` : interpreter.abi,
        python,
        pythonGil: pythonGilFor(mode, gil),
      })
    }
  }
  return { legs, problems }
}
