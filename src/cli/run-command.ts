import { existsSync, readFileSync } from 'node:fs'
import path from 'node:path'
import { which } from '@actions/io'
import type { Installed } from '../configure/exports.js'
import { Fault, InputError, InstallError } from '../common/faults.js'
import * as core from '../common/workflow-commands.js'
import { pwshWord, shellWord } from '../common/shell.js'
import { lockFolder } from '../common/staging.js'
import { parseInstallInputs, type InputReader, type InstallInputs } from '../inputs/install-inputs.js'
import { parseRunInputs, type RunInputs } from '../inputs/run-inputs.js'
import { readGithubEvent } from '../inputs/github-event.js'
import { DEFAULT_VERSION } from '../inputs/versions.js'
import { parseVersionEntry, type VersionRequest } from '../inputs/version-spec.js'
import { minorOf, type Build } from '../model/build.js'
import { buildOf } from '../model/mode.js'
import { installBuilds } from '../pipeline/install-builds.js'
import { runSingleJob } from '../pipeline/single-job.js'
import { detectPlatform } from '../platform/detect.js'
import { findLocalInterpreters } from '../resolve/local-interpreters.js'
import { CliError } from './cli-error.js'
import { projectDir, userCacheDir } from './state-dir.js'
import type { Terminal } from './terminal.js'

/*
 * `setup-python-ft run [flags] -- pytest tests/`: the action's single-job run on a developer's
 * machine. The flags are read as the action's inputs (the same names, checked by the same code);
 * the interpreters are found on the machine (a path given, PATH, uv) or installed from the action's
 * sources into the user's cache folder; then the same pipeline runs, with the log going to the
 * terminal and each build's venv kept for the next run while its install is unchanged.
 */

/** The flags of `run`, as commander gives them (camelCase of the action's input names). */
export interface RunFlags {
  python?: string
  pythonStandard?: string
  pythonFreethreaded?: string
  install?: string
  env: string[]
  reinstall?: boolean
  verbose?: boolean
  [flag: string]: string | string[] | boolean | undefined
}

/** Inputs the command line has no flag for: the action's alone. */
const ACTION_ONLY = new Set(['artifact', 'artifact-dir', 'comment', 'cache', 'token', 'update-environment'])

const camel = (input: string) => input.replace(/-([a-z])/g, (_, c: string) => c.toUpperCase())

/**
 * Without --install: pytest, and the project itself (editable) when its folder can be installed
 * (a pyproject.toml with a [project] or [build-system] table, a setup.py or a setup.cfg).
 */
export function defaultInstall(workDir: string): string {
  const pyproject = path.join(workDir, 'pyproject.toml')
  const installable =
    existsSync(path.join(workDir, 'setup.py')) ||
    existsSync(path.join(workDir, 'setup.cfg')) ||
    (existsSync(pyproject) && /^\[(project|build-system)\]/m.test(readFileSync(pyproject, 'utf8')))
  return installable ? 'python -m pip install -e . pytest' : 'python -m pip install pytest'
}

/** The flag an input is given by, for a message: --modes, --python, or the command after --. */
export function flagOf(input: string): string {
  if (input === 'python-version') return '--python'
  if (input === 'run') return 'the command after --'
  return `--${input}`
}

/** The run's flags as an input reader: what the action's parsers read. */
function readerOf(flags: RunFlags, command: string[], workDir: string, cacheDir: string): InputReader {
  return (name) => {
    // Quoted for the shell that runs it: bash, or PowerShell on Windows (the `shell` input's default).
    if (name === 'run') return command.map(process.platform === 'win32' ? pwshWord : shellWord).join(' ')
    if (name === 'python-version') return flags.python ?? ''
    if (name === 'working-directory') return workDir
    if (name === 'env') return flags.env.join('\n')
    if (name === 'install') return flags.install ?? defaultInstall(workDir)
    // The TSan interpreter (and anything else the run keeps) goes to the user's cache folder.
    if (name === 'cache-dir') return path.join(cacheDir, 'store')
    if (ACTION_ONLY.has(name)) return ''
    const value = flags[camel(name)]
    if (value === true) return 'true'
    return typeof value === 'string' ? value.trim() : ''
  }
}

/** A fault's message with the flag for its input: `--modes: 'x' is not a mode; use …`. */
function flagMessage(error: Fault): string {
  const input = error instanceof InputError || error instanceof InstallError ? error.input : undefined
  return input && error.message.startsWith(`${input}: `)
    ? `${flagOf(input)}: ${error.message.slice(input.length + 2)}`
    : error.message
}

/** An input's fault as a usage error (exit 2). */
function asUsage(error: unknown): never {
  if (error instanceof InputError) throw new CliError(2, flagMessage(error))
  throw error
}

/** Everything the flags say, checked before anything is looked for or installed. */
interface Parsed {
  inputs: RunInputs
  install: InstallInputs
  request: VersionRequest
}

/** Reads the flags through the action's parsers: a fault names the flag (exit 2). */
function parseFlags(read: InputReader, workDir: string, python: string): Parsed {
  try {
    // No workflow run: nothing is read from GITHUB_* variables.
    const event = readGithubEvent({})
    const install = parseInstallInputs(read, process.arch)
    return {
      inputs: parseRunInputs(read, { os: process.platform, versions: 1, workspace: workDir, event }),
      install,
      request: parseVersionEntry(python, 'both', install.allowPrereleases),
    }
  } catch (error) {
    return asUsage(error)
  }
}

/** Each build the modes need: found on the machine, else installed from the sources into the cache. */
async function interpreters(parsed: Parsed, flags: RunFlags, cacheDir: string): Promise<Installed[]> {
  const { request } = parsed
  const builds = [...new Set(parsed.inputs.modes.map(buildOf))]
  const uv = (await which('uv', false)) || undefined
  const given: Partial<Record<Build, string>> = {
    ...(flags.pythonStandard ? { standard: flags.pythonStandard } : {}),
    ...(flags.pythonFreethreaded ? { freethreaded: flags.pythonFreethreaded } : {}),
  }
  const local = await findLocalInterpreters({ request, builds, given, ...(uv ? { uv } : {}) })
  const [fault] = local.faults
  if (fault) throw new CliError(fault.usage ? 2 : 3, `--python-${fault.build}: ${fault.message}`)
  for (const item of local.found)
    core.info(
      `Python ${item.version}${item.build === 'freethreaded' ? 't' : ''} (${item.abi}) from ${item.source}: ${item.python}`,
    )
  if (local.missing.length === 0) return local.found
  // The builds the machine lacks, of the version it has the others of, from the action's sources.
  const minor = local.found[0] ? minorOf(local.found[0].version) : undefined
  const wanted: VersionRequest = {
    ...request,
    ...(minor ? { range: `${request.range} ${minor}.x`.trim() } : {}),
    builds: local.missing,
  }
  core.info(
    `Not on this machine: ${local.missing.join(' and ')} build of ${minor ?? request.entry}; installing it into ${cacheDir}`,
  )
  const platform = detectPlatform(parsed.install.architecture)
  try {
    return [...local.found, ...(await installBuilds([wanted], parsed.install, platform, path.join(cacheDir, 'python')))]
  } catch (error) {
    // An unreachable source, a broken download: the environment's fault, with what else would do.
    if (error instanceof Fault)
      throw new CliError(
        3,
        `${flagMessage(error)} (the machine has no ${local.missing.join(' or ')} build: give --python-${local.missing[0]}, put it on PATH or install uv)`,
      )
    throw error
  }
}

/** How long a run waits for another run of the same project to end. */
const PROJECT_LOCK_WAIT_MS = 60 * 60_000

/** Runs the modes and prints the report; the exit code (0 agreed, 1 diverged, 3 the environment, 130 interrupted). */
export async function runCommand(
  command: string[],
  flags: RunFlags,
  terminal: Terminal,
  printReport: (file: string) => Promise<void>,
): Promise<number> {
  const workDir = path.resolve(typeof flags.workingDirectory === 'string' ? flags.workingDirectory : '.')
  const cacheDir = userCacheDir()
  if (flags.baseline === 'auto')
    throw new CliError(
      2,
      "--baseline: auto is the action's (it keeps a branch's runs in the Actions cache); give a baseline file",
    )
  const read = readerOf(flags, command.length > 0 ? command : ['pytest'], workDir, cacheDir)
  const parsed = parseFlags(read, workDir, flags.python || DEFAULT_VERSION)
  const { inputs } = parsed
  const installed = await interpreters(parsed, flags, cacheDir)
  const project = projectDir(cacheDir, workDir)
  // Two runs of one project would remove each other's venvs and legs: the second waits.
  const release = await lockFolder(project, PROJECT_LOCK_WAIT_MS, (holder) =>
    core.info(`Waiting for the run of this project that ${holder} holds to end`),
  ).catch(() => {
    throw new CliError(
      3,
      `another run of this project has not ended within ${PROJECT_LOCK_WAIT_MS / 60_000} min (it holds ${project}); wait for it to end, or stop it`,
    )
  })
  try {
    core.info(`Install: ${inputs.install || '(none)'}; run: ${inputs.run}; the run's folder: ${project}`)
    const end = await runSingleJob(installed, inputs, {
      platform: detectPlatform(parsed.install.architecture),
      toolCache: path.join(cacheDir, 'python'),
      tempDir: project,
      namesDir: undefined,
      token: '',
      watch: terminal,
      keepVenvs: { reuse: flags.reinstall !== true },
    })
    terminal.stop()
    await printReport(end.reportPath)
    // Modes that could not run (an install that failed) are the environment's fault; else fail-on decides.
    const code = end.cancelled ? 130 : end.problems > 0 ? 3 : end.failure ? 1 : 0
    core.info(end.failure ? `Exit ${code}: ${end.failure}` : `Exit 0 (--fail-on ${inputs.failOn})`)
    return code
  } finally {
    await release()
  }
}
