import * as core from '../common/workflow-commands.js'
import type { Mode, StressSettings } from '../model/mode.js'
import { InputError } from '../common/faults.js'
import { parseInstallInputs, splitList, type InputReader, type InstallInputs } from './install-inputs.js'
import { artifactName, gilInput, parseModes, stressInput } from './run-inputs.js'
import { type GilSetting } from '../model/mode.js'
import { parseRunners, type Runner } from './runner-labels.js'
import { DEFAULT_VERSION } from './versions.js'
import { parseVersionEntry, rangeReachesFreethreaded, type VersionRequest } from './version-spec.js'

/** Everything the matrix sub-action was given, validated before any source is fetched. */
export interface MatrixInputs {
  install: InstallInputs
  runners: Runner[]
  /** Each entry asks for both builds: every leg's group holds both. */
  requests: VersionRequest[]
  modes: Mode[]
  gil: GilSetting
  /** Carried to the stress legs, so that every leg of a group stresses alike. */
  stress: StressSettings
  include: Record<string, string>[]
  exclude: Record<string, string>[]
  artifact: string
}

/** include / exclude: a JSON list of objects, or one object per line (YAML flow style is not parsed). */
export function parseEntries(value: string, input: string): Record<string, string>[] {
  if (!value.trim()) return []
  let parsed: unknown
  try {
    parsed = JSON.parse(value)
  } catch (error) {
    throw new InputError(
      input,
      `not JSON: ${(error as Error).message}; write a list of objects, [{"os": "macos-latest"}]`,
    )
  }
  if (!Array.isArray(parsed) || parsed.some((e) => !e || typeof e !== 'object' || Array.isArray(e))) {
    throw new InputError(
      input,
      'must be a JSON list of objects, such as [{"os": "windows-latest", "mode": "freethreaded-gil"}]',
    )
  }
  return parsed.map((e) => Object.fromEntries(Object.entries(e as object).map(([k, v]) => [k, String(v)])))
}

function matrixRequest(entry: string, allowPrereleases: boolean): VersionRequest {
  const request = parseVersionEntry(entry.replace(/t$/, ''), 'standard', allowPrereleases)
  if (!rangeReachesFreethreaded(request.range)) {
    throw new InputError('python-version', `${entry} has no free-threaded build: free-threaded CPython begins at 3.13`)
  }
  return { ...request, entry, builds: ['standard', 'freethreaded'] }
}

export function loadMatrixInputs(read: InputReader): MatrixInputs {
  const install = parseInstallInputs(read, process.env.RUNNER_ARCH || process.arch)
  if (install.token) core.setSecret(install.token)
  const entries = install.pythonVersions.length > 0 ? install.pythonVersions : [DEFAULT_VERSION]
  return {
    install,
    runners: parseRunners(splitList(read('os') || 'ubuntu-latest')),
    requests: entries.map((entry) => matrixRequest(entry, install.allowPrereleases)),
    modes: parseModes(read('modes')),
    gil: gilInput(read),
    stress: stressInput(read),
    include: parseEntries(read('include'), 'include'),
    exclude: parseEntries(read('exclude'), 'exclude'),
    artifact: artifactName(read) || 'setup-python-ft',
  }
}
