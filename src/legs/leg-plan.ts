import type { Installed } from '../configure/exports.js'
import { groupName, type LegPlan } from '../model/leg.js'
import { buildOf, pythonGilFor, type GilSetting, type Mode } from '../model/mode.js'

/**
 * The placeholders {leg}, {mode} and {version} of `run` and `results` filled in for one leg, so that
 * modes running at the same time write and read files of their own. A shell's ${mode} and a
 * doubled {{mode}} (Python's format escape) stay as they are.
 */
export function fillPlaceholders(text: string, plan: Pick<LegPlan, 'id' | 'mode' | 'version'>): string {
  const values = { leg: plan.id, mode: plan.mode, version: plan.version }
  return text.replace(/(?<![${])\{(leg|mode|version)\}(?!\})/g, (_, name: keyof typeof values) => values[name])
}

/** The interpreter a mode's leg runs on, and its venv key; undefined when the mode has none (already reported). */
export type InterpreterOf = (mode: Mode, installed: Installed) => { python: string; venvKey: string } | undefined

/** Most modes run on the installed build itself, in the venv of its ABI. */
export const installedInterpreter: InterpreterOf = (_mode, installed) => ({
  python: installed.python,
  venvKey: installed.abi,
})

/**
 * The legs of a single-job run: every mode of every installed version. A mode whose build is not
 * installed is reported, not run; the mode's plug-in says which interpreter its leg runs on
 * (interpreterOf), and a mode that has none for a version does not run there.
 */
export function planLegs(
  installed: Installed[],
  modes: Mode[],
  gil: GilSetting,
  platform: string,
  interpreterOf: InterpreterOf = installedInterpreter,
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
      const runsOn = interpreterOf(mode, interpreter)
      if (!runsOn) continue
      legs.push({
        id: `${version}-${mode}`,
        group: groupName(version, versions, platform),
        mode,
        build,
        version,
        abi: interpreter.abi,
        venvKey: runsOn.venvKey,
        python: runsOn.python,
        pythonGil: pythonGilFor(mode, gil),
      })
    }
  }
  return { legs, problems }
}
