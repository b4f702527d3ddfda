import { Command, CommanderError, Option } from 'commander'
import pkg from '../../package.json' with { type: 'json' }
import { readReportFile, ReportFileError, type ReportFile } from '../report/report-file.js'
import { COLOURED, MARKDOWN, PLAIN, renderReport, wantsColour } from '../report/terminal-report.js'
import { CliError } from './cli-error.js'
import { renderJunit } from '../report/junit-report.js'
import { reproduce } from './reproduce-command.js'

/*
 * The command-line door to what the action does (`setup-python-ft`): its subcommands, their flags
 * (named like the action's inputs), --help on each, --version, and the exit codes: 0 the modes
 * agreed (or the test did not fail), 1 they diverged (or it failed), 2 a usage error, 3 the
 * environment (an interpreter that is not there).
 */

const FORMATS = ['text', 'markdown', 'json', 'junit'] as const

function readReport(file: string): ReportFile {
  try {
    return readReportFile(file)
  } catch (error) {
    if (error instanceof ReportFileError) throw new CliError(2, error.message)
    throw error
  }
}

/** The exit code of a report: 1 when the modes disagree or a suite could not start. */
const exitOf = (report: ReportFile) => (report.outcome === 'diverged' || report.outcome === 'not-run' ? 1 : 0)

function program(out: (text: string) => void, setExit: (code: number) => void): Command {
  const cli = new Command('setup-python-ft')
    .description('Run, reproduce and read the free-threaded CPython comparisons of setup-python-ft')
    .version(pkg.version, '-V, --version')
    .showHelpAfterError('(run with --help for the usage)')
    .exitOverride()
  cli
    .command('report')
    .description("Print a report (the action's report-path file, or from its artifact) in the terminal")
    .argument('<report.json>', 'the JSON report (schema setup-python-ft/report@1)')
    .addOption(new Option('--format <format>', 'how to print it').choices(FORMATS).default('text'))
    .action((file: string, options: { format: (typeof FORMATS)[number] }) => {
      const report = readReport(file)
      if (options.format === 'json') out(`${JSON.stringify(report, null, 2)}\n`)
      else if (options.format === 'junit') out(renderJunit(report))
      else if (options.format === 'markdown') out(renderReport(report, MARKDOWN, process.cwd()))
      else {
        const style = wantsColour(process.env, process.stdout.isTTY === true) ? COLOURED : PLAIN
        out(renderReport(report, style, process.cwd()))
      }
      setExit(exitOf(report))
    })
  cli
    .command('reproduce')
    .description('Run one test of a report in the mode where it diverged, as that mode ran it')
    .argument('<report.json>', 'the JSON report')
    .argument('<test>', 'the test: its id or node id, as the report lists it')
    .option('--mode <mode>', 'the mode to run it in (default: where it failed)')
    .option('--python <path>', 'the interpreter (default: python3.X or python3.Xt on PATH)')
    .option('--until-fail <runs>', 'run it again until it fails, at most this many times', parseRuns, 1)
    .action(async (file: string, test: string, options: { mode?: string; python?: string; untilFail: number }) => {
      setExit(await reproduce(readReport(file), test, { ...options, out }))
    })
  return cli
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
    if (error instanceof CommanderError) {
      // --help and --version end here too, with 0; a usage error was printed by commander.
      return error.exitCode === 0 ? 0 : 2
    }
    throw error
  }
}
