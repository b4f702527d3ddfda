import { appendFileSync, existsSync } from 'node:fs'
import { randomUUID } from 'node:crypto'
import { EOL } from 'node:os'
import path from 'node:path'

/*
 * The runner's contract for a JavaScript action: workflow commands on stdout and the file commands
 * GITHUB_OUTPUT, GITHUB_ENV and GITHUB_PATH. Kept here, not taken from @actions/core, because
 * loading @actions/core evaluates its HTTP stack (undici) and would triple the warm start-up.
 */

/** Escapes a command's message: %, CR and LF. */
export function escapeData(value: string): string {
  return value.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A')
}

/** Escapes a command property (title, file): also : and , */
export function escapeProperty(value: string): string {
  return escapeData(value).replace(/:/g, '%3A').replace(/,/g, '%2C')
}

export interface AnnotationProperties {
  title?: string
  file?: string
  line?: number
  endLine?: number
  col?: number
}

export function command(name: string, message: string, properties: AnnotationProperties = {}): string {
  const props = Object.entries(properties)
    .filter(([, value]) => value !== undefined && value !== '')
    .map(([key, value]) => `${key}=${escapeProperty(String(value))}`)
    .join(',')
  return `::${name}${props ? ` ${props}` : ''}::${escapeData(message)}`
}

export type Level = 'notice' | 'warning' | 'error'

/**
 * Where the run's log goes: the door chooses. The runner's (the default) speaks workflow commands on
 * stdout and writes the step's outputs to GITHUB_OUTPUT; the command line's (src/cli) writes plain
 * lines for a person at a terminal.
 */
export interface LogSink {
  /** A line of the log. */
  info(message: string): void
  /** A warning, notice or error of the run (with properties: at a file). */
  message(level: Level, message: string, properties?: AnnotationProperties): void
  /** A divergence's or finding's annotation at its test, also listed by the report. */
  annotation(level: Level, message: string, properties: AnnotationProperties): void
  /** A finished command's output under a title; `chunks` are its text as printed, read only when shown. */
  commandOutput(title: string, chunks: () => Iterable<string>): void
  /** A step output (outputs of the action). */
  output(name: string, value: string): void
  /** A value no later line may show. */
  secret(value: string): void
}

/** The runner's: workflow commands on stdout, outputs in GITHUB_OUTPUT. */
export const RUNNER_SINK: LogSink = {
  info: (message) => void process.stdout.write(`${message}${EOL}`),
  message: (level, message, properties) => void process.stdout.write(`${command(level, message, properties)}${EOL}`),
  annotation: (level, message, properties) => void process.stdout.write(`${command(level, message, properties)}${EOL}`),
  commandOutput(title, chunks) {
    // The raw output sits between stop-commands markers with a random token, so nothing it prints
    // can act as a workflow command; in a collapsible group of its own.
    process.stdout.write(`::group::${escapeData(title)}${EOL}`)
    const token = `setup-python-ft-${randomUUID()}`
    process.stdout.write(`::stop-commands::${token}${EOL}`)
    try {
      for (const chunk of chunks()) process.stdout.write(chunk)
    } finally {
      process.stdout.write(`::${token}::${EOL}::endgroup::${EOL}`)
    }
  },
  output: (name, value) => appendFileSync(fileCommand('GITHUB_OUTPUT'), keyValue(name, value)),
  secret: (value) => void process.stdout.write(`::add-mask::${escapeData(value)}${EOL}`),
}

let sink: LogSink = RUNNER_SINK

/** Sends the log to another sink from now on (the command line's terminal). */
export function useSink(next: LogSink): void {
  sink = next
}

export function info(message: string): void {
  sink.info(message)
}

export function warning(message: string, properties?: AnnotationProperties): void {
  sink.message('warning', message, properties)
}

export function notice(message: string, properties?: AnnotationProperties): void {
  sink.message('notice', message, properties)
}

export function error(message: string, properties?: AnnotationProperties): void {
  sink.message('error', message, properties)
}

/** An annotation at a test (publish): the runner shows it on the file; a terminal's report lists it. */
export function annotation(level: Level, message: string, properties: AnnotationProperties): void {
  sink.annotation(level, message, properties)
}

/** A finished command's output under a title (common/log.ts reads it from its log file). */
export function commandOutput(title: string, chunks: () => Iterable<string>): void {
  sink.commandOutput(title, chunks)
}

/** Asks the runner to mask a secret in every later log line. */
export function setSecret(secret: string): void {
  sink.secret(secret)
}

/** Fails the step: one ::error:: line and exit code 1. */
export function setFailed(message: string): void {
  error(message)
  process.exitCode = 1
}

function fileCommand(variable: string): string {
  const file = process.env[variable]
  if (!file) throw new Error(`${variable} is not set: run this action on a GitHub Actions runner`)
  if (!existsSync(file)) throw new Error(`${variable} points at ${file}, which does not exist`)
  return file
}

/** NAME<<delimiter / value / delimiter, with a delimiter the value cannot contain. */
export function keyValue(name: string, value: string): string {
  const delimiter = `ghadelimiter_${randomUUID()}`
  if (name.includes(delimiter) || value.includes(delimiter)) throw new Error('unexpected delimiter collision')
  return `${name}<<${delimiter}${EOL}${value}${EOL}${delimiter}${EOL}`
}

export function setOutput(name: string, value: string): void {
  sink.output(name, value)
}

export function exportVariable(name: string, value: string): void {
  process.env[name] = value
  appendFileSync(fileCommand('GITHUB_ENV'), keyValue(name, value))
}

/** Prepends a directory to PATH for this step and for later ones. */
export function addPath(dir: string): void {
  appendFileSync(fileCommand('GITHUB_PATH'), `${dir}${EOL}`)
  process.env.PATH = `${dir}${path.delimiter}${process.env.PATH ?? ''}`
}
