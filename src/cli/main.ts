import path from 'node:path'
import { Command, CommanderError, Option } from 'commander'
import pkg from '../../package.json' with { type: 'json' }
import { divergentTests, hasBlockingFinding, ReportFileError, type ReportFile } from '../report/report-file.js'
import { COLOURED, MARKDOWN, PLAIN, renderReport, wantsColour } from '../report/terminal-report.js'
import { CliError } from './cli-error.js'
import { readReportFrom } from './report-source.js'
import { Fault } from '../common/faults.js'
import { renderJunit } from '../report/junit-report.js'
import { reproduce } from './reproduce-command.js'
import { RUNNER_SINK, useSink } from '../common/workflow-commands.js'
import { runCommand, type RunFlags } from './run-command.js'
import { Terminal } from './terminal.js'
import { FAIL_ON, ISOLATIONS, type FailOn } from '../inputs/run-inputs.js'
import { isTentativeDivergence } from '../model/divergence.js'
import { GIL_SETTINGS, MODES } from '../model/mode.js'

/*
 * The command-line door to what the action does (`setup-python-ft`): its subcommands, their flags
 * (named like the action's inputs), --help on each, --version, and the exit codes: 0 the modes
 * agreed (or the test did not fail), 1 they diverged (or it failed), 2 a usage error, 3 the
 * environment (an interpreter that is not there).
 */

const FORMATS = ['text', 'markdown', 'json', 'junit'] as const

interface ReproduceFlags {
  mode?: string
  interpreter?: string
  python?: string
  untilFail: number
  workingDirectory: string
}

/** A report from a file, a folder or a zip (report-source.ts); one that cannot be read is a usage error. */
async function readReport(file: string): Promise<ReportFile> {
  try {
    return await readReportFrom(file)
  } catch (error) {
    if (error instanceof ReportFileError) throw new CliError(2, error.message)
    throw error
  }
}

/**
 * The exit code of a report under fail-on, as the action's step would end: 1 when a suite could not
 * start, or per fail-on (divergence: a divergence that is not flaky, undecided or place-dependent,
 * or a blocking finding; flaky: any divergence; failure: any failing test too; never: 0).
 */
export function exitOf(report: ReportFile, failOn: FailOn): number {
  if (failOn === 'never') return 0
  if (report.outcome === 'not-run') return 1
  const counted = divergentTests(report).filter((t) => t.baseline !== 'known')
  const firm = counted.filter((t) => !isTentativeDivergence(t.flaky, t.divergence))
  if (hasBlockingFinding(report, true) || (failOn === 'divergence' ? firm : counted).length > 0) return 1
  return failOn === 'failure' && report.failures > 0 ? 1 : 0
}

function program(out: (text: string) => void, setExit: (code: number) => void): Command {
  const cli = new Command('setup-python-ft')
    .description('Run, reproduce and read the free-threaded CPython comparisons of setup-python-ft')
    .version(pkg.version, '-V, --version')
    .showHelpAfterError('(run with --help for the usage)')
    .exitOverride()
  cli
    .command('report')
    .description("Print a report (the action's report-path file, or from its artifact) in the terminal")
    .argument('<report.json>', "the JSON report (the action's report-path file), or its artifact's zip or folder")
    .addOption(new Option('--format <format>', 'how to print it').choices(FORMATS).default('text'))
    .addOption(
      new Option('--fail-on <when>', 'when the exit code is 1, as the action').choices(FAIL_ON).default('divergence'),
    )
    .action(async (file: string, options: { format: (typeof FORMATS)[number]; failOn: FailOn }) => {
      const report = await readReport(file)
      if (options.format === 'json') out(`${JSON.stringify(report, null, 2)}\n`)
      else if (options.format === 'junit') out(renderJunit(report))
      else if (options.format === 'markdown') out(renderReport(report, MARKDOWN, process.cwd()))
      else {
        const style = wantsColour(process.env, process.stdout.isTTY === true) ? COLOURED : PLAIN
        out(renderReport(report, style, process.cwd(), shownPath(file)))
      }
      setExit(exitOf(report, options.failOn))
    })
  const run = cli
    .command('run')
    .description(
      'Run the test command under every mode on this machine, compare the modes and print the report (as the action does)',
    )
    .argument('[command...]', 'the test command, after -- (default: pytest)')
    .usage('[options] -- <command...>')
    .option('--python <version>', "the Python version, as the action's python-version (3.14, 3.15, >=3.13)", '>=3.13')
    .option(
      '--python-standard <path>',
      "the standard build to use (default: python3.X on PATH, else uv's, else installed)",
    )
    .option(
      '--python-freethreaded <path>',
      "the free-threaded build to use (default: python3.Xt on PATH, else uv's, else installed)",
    )
    .option('--modes <modes>', `the modes, comma-separated: ${MODES.join(', ')}`, 'standard,freethreaded')
    .option(
      '--install <command>',
      "what installs the project and its test dependencies in each build's venv (default: pip install -e . pytest, or pytest)",
    )
    .option('--working-directory <dir>', "the project's folder", '.')
    .option('--env <KEY=value>', 'a variable for the install and test commands (again for more)', collect, [])
    .option('--gil <setting>', `PYTHON_GIL of the free-threaded modes: ${GIL_SETTINGS.join(', ')}`)
    .option('--timeout <duration>', 'how long each mode may run (30, 90s, 10m, 1h)', '30m')
    .option(
      '--rerun <count>',
      'reruns of each divergent test, in each mode, to tell flaky from deterministic (0 to 20)',
    )
    .option('--stress-threads <count>', 'threads per test in the stress modes (2 to 256, or auto)')
    .option('--stress-iterations <count>', 'iterations per thread in the stress modes')
    .option('--stress-reruns <count>', 'reruns of a failure under threads until its class is decided (0 to 20)')
    .option('--rerun-budget <duration>', 'time after which no round of stress reruns starts')
    .option('--fail-on <when>', `when the exit code is 1: ${FAIL_ON.join(', ')}`, 'divergence')
    .option('--baseline <file>', 'known divergences and findings (a baseline file): only new ones fail')
    .option('--results <glob>', "the command's JUnit files, when it writes its own (with {mode} or {leg})")
    .option('--isolation <isolation>', `${ISOLATIONS.join(' or ')}: whether the modes run in copies of the project`)
    .option('--index-url <url>', 'the package index asked what to upgrade to, or none')
    .option('--allow-prereleases', 'take a pre-release (3.15.0rc1) when no release matches --python')
    .option('--reinstall', "make each build's venv again, even if its install is unchanged")
    .option('-v, --verbose', "show each command's own output, not only its line")
  for (const [flag, what] of SOURCE_FLAGS) run.addOption(new Option(`--${flag} <value>`, what))
  run.action(async (command: string[], flags: RunFlags) => {
    const stderr = process.stderr
    const colour = wantsColour(process.env, stderr.isTTY === true)
    const terminal = new Terminal(stderr, {
      style: colour ? COLOURED : PLAIN,
      live: stderr.isTTY === true && !process.env.CI,
      verbose: flags.verbose === true,
    })
    useSink(terminal)
    const giveBack = terminal.takeStdout()
    let code: number
    try {
      code = await runCommand(command, flags, terminal, async (file) => {
        giveBack()
        const report = await readReport(file)
        const style = wantsColour(process.env, process.stdout.isTTY === true) ? COLOURED : PLAIN
        out(renderReport(report, style, process.cwd(), file))
        stderr.write(`\nThe report: ${file} (setup-python-ft report ${file}; setup-python-ft reproduce ${file} TEST)\n`)
      })
    } finally {
      terminal.stop()
      giveBack()
      useSink(RUNNER_SINK)
    }
    setExit(code)
  })
  cli
    .command('reproduce')
    .description('Run one test of a report in the mode where it diverged, as that mode ran it')
    .argument('<report.json>', "the JSON report, or its artifact's zip or folder")
    .argument('<test>', 'the test: its id or node id, as the report lists it')
    .option('--mode <mode>', 'the mode to run it in (default: where it failed)')
    .option(
      '--interpreter <path>',
      "the interpreter (default: the mode's venv of this project's last run, else python3.X or python3.Xt on PATH)",
    )
    .option('--until-fail <runs>', 'run it again until it fails, at most this many times', parseRuns, 1)
    .option('--working-directory <dir>', "the project's folder, as given to run (its venvs are looked for)", '.')
    // The first name of --interpreter, kept for scripts that use it.
    .addOption(new Option('--python <path>').hideHelp())
    .action(async (file: string, test: string, options: ReproduceFlags) => {
      const { python, workingDirectory, ...rest } = options
      const interpreter = rest.interpreter ?? python
      setExit(
        await reproduce(await readReport(file), test, {
          ...rest,
          ...(interpreter ? { interpreter } : {}),
          workDir: path.resolve(workingDirectory),
          out,
        }),
      )
    })
  return cli
}

/** The install inputs that point at the sources (mirrors, a python-build-standalone release), for installs into the cache. */
const SOURCE_FLAGS = [
  ['manifest-url', "python-versions' manifest"],
  ['mirror', "a mirror of python-versions' archives"],
  ['pbs-latest-release-url', "python-build-standalone's latest release"],
  ['pbs-release', 'a python-build-standalone release (YYYYMMDD)'],
  ['pbs-mirror', "a mirror of python-build-standalone's archives"],
  ['source', 'auto, python-versions or python-build-standalone'],
  ['cpython-source-mirror', "where the freethreaded-tsan mode's CPython source is fetched"],
] as const

const collect = (value: string, previous: string[]) => [...previous, value]

/** A file as the user would type it from here: relative when it is under the current folder. */
function shownPath(file: string): string {
  const relative = path.relative(process.cwd(), path.resolve(file))
  return relative && !relative.startsWith('..') && !path.isAbsolute(relative) ? relative : path.resolve(file)
}

function parseRuns(value: string): number {
  const runs = Number(value)
  if (!Number.isInteger(runs) || runs < 1 || runs > 100_000)
    throw new CliError(2, `--until-fail: '${value}' is not a number of runs; give 1 to 100000`)
  return runs
}

/** Runs the command line; its exit code. */
export async function main(argv: string[], out = (text: string) => void process.stdout.write(text)): Promise<number> {
  let code = 0
  const err = (text: string) => void process.stderr.write(text)
  try {
    await program(out, (c) => (code = c))
      .configureOutput({ writeOut: out, writeErr: err })
      .parseAsync(argv, { from: 'user' })
    return code
  } catch (error) {
    if (error instanceof CliError) {
      err(`setup-python-ft: ${error.message}\n`)
      return error.exitCode
    }
    // A fault the action explains in one line (a source, a results file): the environment's.
    if (error instanceof Fault) {
      err(`setup-python-ft: ${error.message}\n`)
      return 3
    }
    if (error instanceof CommanderError) {
      // --help and --version end here too, with 0; a usage error was printed by commander.
      return error.exitCode === 0 ? 0 : 2
    }
    throw error
  }
}
