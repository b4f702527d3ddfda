import { readFileSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { InputError } from '../common/faults.js'
import { BaselineError, parseBaseline, type Baseline } from './baseline.js'

/** The `baseline` input: a file in the repository, read and checked before anything runs. */
export function readBaselineInput(value: string, workspace: string): Baseline | undefined {
  if (!value) return undefined
  const file = path.resolve(workspace, value)
  let text: string
  try {
    text = readFileSync(file, 'utf8')
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code
    throw new InputError(
      'baseline',
      `${value} ${code === 'ENOENT' ? 'does not exist' : `cannot be read (${code})`}: name a JSON file in the repository, relative to the workspace, as the baseline-path output of an earlier run writes it`,
    )
  }
  try {
    return parseBaseline(JSON.parse(text) as unknown)
  } catch (error) {
    if (error instanceof SyntaxError) throw new InputError('baseline', `${value} is not JSON: ${error.message}`)
    if (error instanceof BaselineError) throw new InputError('baseline', `${value}: ${error.message}`)
    throw error
  }
}

/** Writes a baseline as the input reads it: one entry per line, so that a diff shows what changed. */
export function writeBaselineFile(baseline: Baseline, file: string): void {
  const list = (entries: object[]) =>
    entries.length === 0 ? '[]' : `[\n${entries.map((entry) => `    ${JSON.stringify(entry)}`).join(',\n')}\n  ]`
  const text = `{\n  "schema": ${JSON.stringify(baseline.schema)},\n  "divergences": ${list(baseline.divergences)},\n  "findings": ${list(baseline.findings)}\n}\n`
  writeFileSync(file, text)
}
