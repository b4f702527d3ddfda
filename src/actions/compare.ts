import { existsSync, mkdtempSync, readdirSync, statSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import * as core from '../runner/commands.js'
import { artifactStore } from '../artifacts/store.js'
import { InputError } from '../inputs/errors.js'
import { loadCompareInputs, type CompareInputs } from '../inputs/compare.js'
import { ResultsFileError } from '../results/errors.js'
import { readLegFile, type LegResult } from '../results/leg.js'
import { keepYoungGenerationSmall } from '../results/memory.js'
import { publishReport } from '../report/publish.js'
import { compare, DuplicateLegError } from '../compare/compare.js'
import type { Action } from './entry.js'

function legFiles(dir: string): string[] {
  const found: string[] = []
  for (const name of readdirSync(dir)) {
    const file = path.join(dir, name)
    if (statSync(file).isDirectory()) found.push(...legFiles(file))
    else if (name === 'leg.json') found.push(file)
  }
  return found
}

/** Reads every leg.json of every downloaded artifact; a broken one is an error naming the artifact. */
export function readLegs(artifacts: Map<string, string>): LegResult[] {
  const legs: LegResult[] = []
  for (const [name, dir] of artifacts) {
    const files = existsSync(dir) ? legFiles(dir) : []
    if (files.length === 0) throw new InputError('artifact', `${name} holds no leg.json: not the results of a leg`)
    for (const file of files) {
      try {
        legs.push(readLegFile(file))
      } catch (error) {
        if (!(error instanceof ResultsFileError)) throw error
        throw new InputError(
          'artifact',
          `${name}: ${path.relative(dir, file)} is malformed: ${error.message.slice(file.length + 2)}`,
        )
      }
    }
  }
  return legs
}

/** The compare sub-action: downloads every leg's results and reports as the single-job run does. */
export const compareAction: Action<CompareInputs> = {
  load: loadCompareInputs,
  async run({ prefix, expected, requireGilDisabled, failOn, artifactDir }) {
    keepYoungGenerationSmall()
    const store = await artifactStore(artifactDir)
    const into = mkdtempSync(path.join(process.env.RUNNER_TEMP || tmpdir(), 'setup-python-ft-legs-'))
    const artifacts = await store.downloadAll(prefix, into)
    core.info(`${artifacts.size} leg artifacts named ${prefix}*: ${[...artifacts.keys()].join(', ')}`)
    const legs = readLegs(artifacts)
    let comparison
    try {
      comparison = compare(legs, { requireGilDisabled, expected })
    } catch (error) {
      if (error instanceof DuplicateLegError)
        throw new InputError('artifact', `${error.message}: each leg must run one mode`)
      throw error
    }
    const reportPath = path.join(process.env.RUNNER_TEMP || into, 'setup-python-ft', 'report.json')
    return publishReport(comparison, { reportPath, failOn, problems: 0 })
  },
}
