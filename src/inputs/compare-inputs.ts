import { MODES, type Mode } from '../model/mode.js'
import * as core from '../common/workflow-commands.js'
import { InputError } from '../common/faults.js'
import type { Baseline } from '../baseline/baseline.js'
import { readBaselineInput } from '../baseline/file.js'
import { bool, choice, type InputReader } from './install-inputs.js'
import { artifactName, COMMENT_POLICIES, failOnInput, type CommentPolicy, type FailOn } from './run-inputs.js'
import { cacheDirInput } from './cache-inputs.js'
import { readGithubEvent, type GithubEvent } from './github-event.js'

/** Everything the compare sub-action was given, validated before any artifact is downloaded. */
export interface CompareInputs {
  /** Leg artifacts are those whose name starts with this. */
  prefix: string
  /** The legs the matrix planned: each should have reported. */
  expected: { group: string; mode: Mode }[] | undefined
  requireGilDisabled: boolean
  failOn: FailOn
  artifactDir: string
  baseline: Baseline | undefined
  /** `baseline: auto`: the branch's last compare job (a pull request's: its base branch's), kept in the cache. */
  baselineAuto: boolean
  /** Where baseline: auto keeps its entries: a directory, or '' for the Actions cache. */
  cacheDir: string
  /** The workflow run: its branch, and whether it may save. */
  event: GithubEvent
  /** The pull request's comment: off, on-change or always. */
  comment: CommentPolicy
  /** For the check run: sent to the Checks API only. */
  token: string
}

/** The legs the matrix planned, from its `matrix` output: what should have reported. */
export function expectedLegs(value: string): { group: string; mode: Mode }[] | undefined {
  if (!value.trim()) return undefined
  let parsed: unknown
  try {
    parsed = JSON.parse(value)
  } catch (error) {
    throw new InputError('matrix', `not JSON: ${(error as Error).message}; pass the matrix action's matrix output`)
  }
  const include = (parsed as { include?: unknown })?.include
  if (!Array.isArray(include)) throw new InputError('matrix', 'expected {"include": [...]}, the matrix output')
  return include
    .filter((e) => e && typeof e.group === 'string' && MODES.includes(e.mode))
    .map((e) => ({ group: e.group as string, mode: e.mode as Mode }))
}

export function loadCompareInputs(read: InputReader): CompareInputs {
  const token = read('token')
  if (token) core.setSecret(token)
  const workspace = process.env.GITHUB_WORKSPACE || process.cwd()
  const baselineAuto = read('baseline').trim() === 'auto'
  return {
    token,
    prefix: artifactName(read) || 'setup-python-ft',
    expected: expectedLegs(read('matrix')),
    requireGilDisabled: bool(read, 'require-gil-disabled', false),
    failOn: failOnInput(read),
    artifactDir: read('artifact-dir'),
    baseline: baselineAuto ? undefined : readBaselineInput(read('baseline'), workspace),
    baselineAuto,
    cacheDir: cacheDirInput(read, workspace),
    event: readGithubEvent(),
    comment: choice(read, 'comment', COMMENT_POLICIES, 'off'),
  }
}
