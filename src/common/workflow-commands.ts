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

export function info(message: string): void {
  process.stdout.write(`${message}${EOL}`)
}

export function warning(message: string, properties?: AnnotationProperties): void {
  process.stdout.write(`${command('warning', message, properties)}${EOL}`)
}

export function notice(message: string, properties?: AnnotationProperties): void {
  process.stdout.write(`${command('notice', message, properties)}${EOL}`)
}

export function error(message: string, properties?: AnnotationProperties): void {
  process.stdout.write(`${command('error', message, properties)}${EOL}`)
}

/** Asks the runner to mask a secret in every later log line. */
export function setSecret(secret: string): void {
  process.stdout.write(`::add-mask::${escapeData(secret)}${EOL}`)
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
  appendFileSync(fileCommand('GITHUB_OUTPUT'), keyValue(name, value))
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

/** Collapsible output group. */
export function group(title: string): void {
  process.stdout.write(`::group::${escapeData(title)}${EOL}`)
}

export function endGroup(): void {
  process.stdout.write(`::endgroup::${EOL}`)
}
