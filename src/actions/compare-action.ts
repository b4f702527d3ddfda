import { existsSync, mkdtempSync, readdirSync, statSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import * as core from '../common/workflow-commands.js'
import { openArtifactStore } from '../artifacts/open-artifact-store.js'
import { InputError } from '../common/faults.js'
import { loadCompareInputs, type CompareInputs } from '../inputs/compare-inputs.js'
import { ResultsFileError } from '../common/faults.js'
import { readLegFile, readLegHead } from '../results/leg-file.js'
import { keepYoungGenerationSmall } from '../results/memory.js'
import { publishReport } from '../pipeline/publish.js'
import {
  compareGroup,
  DuplicateLegError,
  legGroups,
  combineGroups,
  TestTable,
  type GroupComparison,
} from '../compare/comparison.js'
import { type CompareOptions } from '../compare/compare-options.js'
import { ReportWriter } from '../report/json-report.js'
import type { Action } from './action.js'
import { openCacheStore } from '../cache/open-cache-store.js'
import { identityOf, keepAutoBaseline, originOf, restoreAutoBaseline } from '../pipeline/auto-baseline.js'

function legFiles(dir: string): string[] {
  const found: string[] = []
  for (const name of readdirSync(dir)) {
    const file = path.join(dir, name)
    if (statSync(file).isDirectory()) found.push(...legFiles(file))
    else if (name === 'leg.json') found.push(file)
  }
  return found
}

/** Runs a read of an artifact's leg.json, turning a broken file into an error naming the artifact. */
function fromArtifact<T>(name: string, dir: string, file: string, read: (file: string) => T): T {
  try {
    return read(file)
  } catch (error) {
    if (!(error instanceof ResultsFileError)) throw error
    throw new InputError(
      'artifact',
      `${name}: ${path.relative(dir, file)} is malformed: ${error.message.slice(file.length + 2)}`,
    )
  }
}

/** The leg.json files of every downloaded artifact, each with its group and mode, from its head. */
export function legHeads(artifacts: Map<string, string>) {
  const heads: (ReturnType<typeof readLegHead> & { artifact: string; dir: string })[] = []
  for (const [name, dir] of artifacts) {
    const files = existsSync(dir) ? legFiles(dir) : []
    if (files.length === 0) throw new InputError('artifact', `${name} holds no leg.json: not the results of a leg`)
    for (const file of files) heads.push({ ...fromArtifact(name, dir, file, readLegHead), artifact: name, dir })
  }
  return heads
}

/**
 * Compares the legs one group (OS and version) at a time: a group's legs are read, compared and
 * written to the report, then let go, so the job's memory is that of its largest group.
 */
function compareByGroup(heads: ReturnType<typeof legHeads>, options: CompareOptions, report: ReportWriter) {
  let groups
  try {
    groups = legGroups(heads, options.expected)
  } catch (error) {
    if (error instanceof DuplicateLegError)
      throw new InputError('artifact', `${error.message}: each leg must run one mode`)
    throw error
  }
  const compared: GroupComparison[] = []
  for (const [group, same] of groups) {
    const legs = same.map((head) => fromArtifact(head.artifact, head.dir, head.file, readLegFile))
    const comparison = compareGroup(group, legs, options)
    report.add(comparison)
    compared.push({ ...comparison, tests: TestTable.empty() })
  }
  return combineGroups(compared, options)
}

/**
 * `baseline: auto` for the compare job: its identity is the legs' groups and modes (the matrix
 * planned them), and its entries are the compare job's own.
 */
async function restoreMatrixBaseline(inputs: CompareInputs, identity: string) {
  const store = await openCacheStore(inputs.cacheDir, LOG, inputs.event.readOnly)
  return { ...(await restoreAutoBaseline(store, inputs.event, identity, LOG)), store }
}

const LOG = { warn: core.warning, info: core.info }

/** The compare job's identity: the legs the matrix planned (else those that reported), their groups and modes. */
const matrixIdentity = (inputs: CompareInputs, heads: ReturnType<typeof legHeads>) => {
  const legs = inputs.expected ?? heads
  return identityOf(inputs.event, {
    versions: [...new Set(legs.map((h) => h.group))].sort(),
    modes: [...new Set(legs.map((h) => h.mode))].sort(),
    run: '',
    platform: 'matrix',
    variant: [inputs.prefix],
  })
}

/** The compare sub-action: downloads every leg's results and reports as the single-job run does. */
export const compareAction: Action<CompareInputs> = {
  load: loadCompareInputs,
  async run(inputs) {
    const { prefix, expected, requireGilDisabled, failOn, artifactDir, token, event } = inputs
    keepYoungGenerationSmall()
    const store = await openArtifactStore(artifactDir)
    const into = mkdtempSync(path.join(process.env.RUNNER_TEMP || tmpdir(), 'setup-python-ft-legs-'))
    const artifacts = await store.downloadAll(prefix, into)
    core.info(`${artifacts.size} leg artifacts named ${prefix}*: ${[...artifacts.keys()].join(', ')}`)
    const heads = legHeads(artifacts)
    const reportPath = path.join(process.env.RUNNER_TEMP || into, 'setup-python-ft', 'report.json')
    const report = new ReportWriter(reportPath)
    const identity = matrixIdentity(inputs, heads)
    const auto = inputs.baselineAuto ? await restoreMatrixBaseline(inputs, identity) : undefined
    const baseline = inputs.baseline ?? auto?.baseline
    const comparison = compareByGroup(heads, { requireGilDisabled, expected, baseline }, report)
    if (auto) await keepAutoBaseline(auto.store, event, auto, comparison, LOG)
    return publishReport(comparison, {
      reportPath,
      failOn,
      problems: 0,
      report,
      token,
      event,
      ...(auto ? { baselineOrigin: originOf(auto) } : {}),
      comment: { policy: inputs.comment, identity },
    })
  },
}
