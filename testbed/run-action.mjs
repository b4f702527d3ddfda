// Runs a bundled entry point of the action the way a GitHub runner does: inputs as INPUT_*,
// the file commands GITHUB_OUTPUT, GITHUB_ENV, GITHUB_PATH and GITHUB_STEP_SUMMARY, and
// RUNNER_TOOL_CACHE, RUNNER_TEMP, RUNNER_OS, RUNNER_ARCH. Used by the tests and the demo.
import { spawn } from 'node:child_process'
import { setTimeout } from 'node:timers'
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

export const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..')
/** Node 24 from the `node` package: the runtime action.yml declares (runs.using: node24). */
export const node24 = path.join(repoRoot, 'node_modules', 'node', 'bin', 'node')

/**
 * Every folder this module made: each run's runner files and temp, and each tool cache. What a
 * caller did not remove (a script that runs the bundle and ends) goes when the process exits.
 */
const made = []
process.once('exit', () => removeMadeFolders())
function madeFolder(prefix) {
  const dir = mkdtempSync(path.join(tmpdir(), prefix))
  made.push(dir)
  return dir
}

/** Removes the folders made so far; a test file calls it when it is done with its runs. */
export function removeMadeFolders() {
  for (const dir of made.splice(0)) rmSync(dir, { recursive: true, force: true })
}

/** Parses a GITHUB_OUTPUT / GITHUB_ENV file: NAME<<delimiter ... delimiter, or NAME=value. */
export function parseFileCommands(text) {
  const values = {}
  const lines = text.split('\n')
  for (let i = 0; i < lines.length; i++) {
    const heredoc = /^([^=<]+)<<(.+)$/.exec(lines[i])
    if (heredoc) {
      const end = lines.indexOf(heredoc[2], i + 1)
      values[heredoc[1]] = lines.slice(i + 1, end).join('\n')
      i = end
    } else if (lines[i].includes('=')) {
      const at = lines[i].indexOf('=')
      values[lines[i].slice(0, at)] = lines[i].slice(at + 1)
    }
  }
  return values
}

/**
 * options: { toolCache, workdir?, env?, entry? ('dist/index.js'), echo? (stream stdout), home? (the runner's
 * files and temp go here instead of a new folder that removeMadeFolders removes), cancel? ({ when:
 * RegExp, signal, afterMs }: once stdout matches, the signal is sent afterMs later, as a cancelled
 * job's runner sends it) }
 * Resolves to { code, stdout, stderr, outputs, env, path, summary, errors, warnings, home, signalledAt }.
 */
export async function runAction(inputs, options) {
  const home = options.home ?? madeFolder('spft-run-')
  const files = {
    GITHUB_OUTPUT: path.join(home, 'output'),
    GITHUB_ENV: path.join(home, 'env'),
    GITHUB_PATH: path.join(home, 'path'),
    GITHUB_STEP_SUMMARY: path.join(home, 'summary.md'),
  }
  for (const file of Object.values(files)) writeFileSync(file, '')
  const runnerTemp = path.join(home, 'temp')
  mkdirSync(runnerTemp)
  const env = {
    PATH: '/usr/local/bin:/usr/bin:/bin',
    HOME: process.env.HOME ?? home,
    ...files,
    RUNNER_TOOL_CACHE: options.toolCache,
    RUNNER_TEMP: runnerTemp,
    RUNNER_OS: 'Linux',
    RUNNER_ARCH: 'X64',
    GITHUB_ACTIONS: 'true',
    GITHUB_WORKSPACE: options.workdir ?? repoRoot,
    SETUP_PYTHON_FT_RETRY_SECONDS: '0',
    ...options.env,
  }
  // The tests never ask the real PyPI what to upgrade to: those of the lookup give a stand-in's URL.
  env['INPUT_INDEX-URL'] = 'none'
  for (const [name, value] of Object.entries(inputs)) env[`INPUT_${name.toUpperCase()}`] = value
  const child = spawn(node24, [path.join(repoRoot, options.entry ?? 'dist/index.js')], {
    cwd: options.workdir ?? repoRoot,
    env,
  })
  let stdout = ''
  let stderr = ''
  let signalledAt
  child.stdout.on('data', (chunk) => {
    stdout += chunk
    if (options.cancel && signalledAt === undefined && options.cancel.when.test(stdout)) {
      signalledAt = 0
      setTimeout(() => {
        signalledAt = Date.now()
        child.kill(options.cancel.signal)
      }, options.cancel.afterMs ?? 0)
    }
    // The runner hides ::debug:: lines unless step debugging is on; so does the echo.
    if (options.echo) process.stdout.write(String(chunk).replace(/^::debug::.*\n/gm, ''))
  })
  child.stderr.on('data', (chunk) => (stderr += chunk))
  const code = await new Promise((resolve) => child.on('close', (c) => resolve(c ?? -1)))
  const lines = stdout.split('\n')
  return {
    code,
    stdout,
    stderr,
    outputs: parseFileCommands(readFileSync(files.GITHUB_OUTPUT, 'utf8')),
    env: parseFileCommands(readFileSync(files.GITHUB_ENV, 'utf8')),
    path: readFileSync(files.GITHUB_PATH, 'utf8').split('\n').filter(Boolean),
    summary: readFileSync(files.GITHUB_STEP_SUMMARY, 'utf8'),
    errors: lines.filter((l) => l.startsWith('::error')),
    warnings: lines.filter((l) => l.startsWith('::warning')),
    home,
    signalledAt,
  }
}

export function freshToolCache() {
  return madeFolder('spft-toolcache-')
}
