import { mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import type { RunInputs } from '../inputs/run-inputs.js'
import { withoutGil } from '../model/mode.js'
import * as core from '../common/workflow-commands.js'
import type { TsanInterpreter } from '../tsan/acquire.js'
import {
  ACTION_SUPPRESSIONS,
  instrumentedBuildFlags,
  joinSuppressions,
  SETUPTOOLS_TSAN_CONFIG,
  tsanLogPrefix,
  tsanOptions,
} from '../tsan/environment.js'
import { readTsanReports } from '../tsan/read-reports.js'
import type { ModePlugin } from './mode-plugin.js'
import { plainSession } from './plain-mode.js'

/*
 * The freethreaded-tsan mode: the free-threaded build of each version made again with
 * ThreadSanitizer (src/tsan: built from source, cached, locked), a venv of its own whose install
 * compiles instrumented extensions, TSan's reports to files of the leg, read into findings.
 */

/** An install command that installs the project in editable mode. */
const editableInstall = (command: string) => /(^|\s)(-e|--editable)(\s|=|$)/.test(command)

/**
 * The suppressions file each version's TSan mode reads: the action's own, CPython's for the
 * free-threaded build (from the interpreter's source tree), then the project's (`tsan-suppressions`).
 */
function writeSuppressions(
  interpreters: ReadonlyMap<string, TsanInterpreter>,
  inputs: RunInputs,
  root: string,
): Map<string, string> {
  const files = new Map<string, string>()
  for (const [version, interpreter] of interpreters) {
    const parts = [interpreter.suppressions, inputs.tsan.suppressions]
      .filter((file): file is string => Boolean(file))
      .map((file) => ({ origin: file, text: readFileSync(file, 'utf8') }))
    parts.unshift({ origin: 'setup-python-ft: races its own probe sets off in CPython', text: ACTION_SUPPRESSIONS })
    const file = path.join(root, 'tsan', `suppressions-${version}.txt`)
    mkdirSync(path.dirname(file), { recursive: true })
    writeFileSync(file, joinSuppressions(parts))
    files.set(version, file)
  }
  return files
}

/**
 * What the TSan venv's install needs once the interpreters are there: the setuptools config that
 * keeps its build folder apart, and a warning when an editable install would share built files.
 */
function prepareInstalls(inputs: RunInputs, root: string): string {
  const setuptoolsConfig = path.join(root, 'tsan', 'setuptools.cfg')
  if (editableInstall(inputs.install) && inputs.modes.filter(withoutGil).length > 1)
    core.warning(
      'install: an editable install (-e) builds the extensions into the source tree, where the free-threaded and the freethreaded-tsan venvs would load the same files; install without -e for the TSan mode',
    )
  mkdirSync(path.dirname(setuptoolsConfig), { recursive: true })
  writeFileSync(setuptoolsConfig, SETUPTOOLS_TSAN_CONFIG)
  return setuptoolsConfig
}

/** The environment of the TSan venv's install and run: instrumented flags, reports, its own caches. */
function tsanEnvironment(
  base: NodeJS.ProcessEnv,
  inputs: RunInputs,
  places: { root: string; reports: string; suppressions: string | undefined; setuptoolsConfig: string },
): NodeJS.ProcessEnv {
  const env = { ...base }
  // pip's and uv's caches key built wheels by tags, which the plain free-threaded build shares:
  // without a dependency cache of its own, the TSan venv still gets caches of its own.
  if (!inputs.dependencyCache)
    Object.assign(env, {
      PIP_CACHE_DIR: path.join(places.root, 'tsan', 'pip-cache'),
      UV_CACHE_DIR: path.join(places.root, 'tsan', 'uv-cache'),
      ...inputs.env,
    })
  return Object.assign(env, instrumentedBuildFlags(env), {
    TSAN_OPTIONS: tsanOptions(places.reports, places.suppressions, env.TSAN_OPTIONS),
    DIST_EXTRA_CONFIG: places.setuptoolsConfig,
  })
}

export const tsanMode: ModePlugin = {
  async start({ inputs, installed, platform, toolCache, tempDir, root, store, problem }) {
    const versions = [...new Set(installed.filter((i) => i.build === 'freethreaded').map((i) => i.version))]
    // Loaded only when the mode runs: the build pulls in the HTTP and tool-cache modules.
    const { acquireTsanInterpreters } = await import('../tsan/acquire.js')
    const interpreters = await acquireTsanInterpreters(versions, {
      inputs: inputs.tsan,
      toolCache,
      platform,
      store: await store(),
      workDir: path.join(tempDir, 'tsan-build'),
      problem,
    })
    const restored = interpreters.size > 0 && [...interpreters.values()].every((t) => t.restored)
    const suppressions = writeSuppressions(interpreters, inputs, root)
    const setuptoolsConfig =
      interpreters.size > 0 ? prepareInstalls(inputs, root) : path.join(root, 'tsan', 'setuptools.cfg')
    return {
      ...plainSession,
      // A venv of its own: instrumented wheels must not mix with the plain free-threaded build's.
      interpreter: (_mode, build) => {
        const python = interpreters.get(build.version)?.python
        return python ? { python, venvKey: `${build.abi}-tsan` } : undefined
      },
      // The install compiles instrumented extensions, and pip itself runs under TSan.
      environment: (leg, base) =>
        tsanEnvironment(base, inputs, {
          root,
          reports: path.join(root, 'tsan-install', leg.venvKey),
          suppressions: suppressions.get(leg.version),
          setuptoolsConfig,
        }),
      legHooks: (leg) => ({
        // Reports go to files of the leg, <prefix>.<pid>; the probe notes where each test's begin.
        segment(legDir) {
          const reports = tsanLogPrefix(legDir)
          mkdirSync(path.dirname(reports), { recursive: true })
          const jobOptions = inputs.env.TSAN_OPTIONS ?? process.env.TSAN_OPTIONS
          const env = {
            TSAN_OPTIONS: tsanOptions(reports, suppressions.get(leg.version), jobOptions),
            SETUP_PYTHON_FT_TSAN_LOG: reports,
          }
          return { env, addopts: [] }
        },
        results: async (legDir, run, place) => ({
          tsan: await readTsanReports(tsanLogPrefix(legDir), run.tsanWindows, place),
        }),
      }),
      outputs: { 'tsan-cache-hit': String(restored) },
    }
  },
}
