import { DIVERGENCE_KINDS, FINDING_KINDS, type DivergenceKind, type FindingKind } from '../model/divergence.js'
import { MODES, type Mode } from '../model/mode.js'

/*
 * A baseline: the divergences and findings a project already knows of, kept in its repository. With
 * one, each divergence and finding of a run is new or known, and each entry that matched nothing is
 * fixed; fail-on fails on new ones only. The form is documented in docs/baseline.md.
 */

export const BASELINE_SCHEMA = 'setup-python-ft/baseline@1'

/** A known divergence: one test (by id or node id), or every test of the files a glob matches. */
export interface KnownDivergence {
  test?: string
  /** A test file, repository-relative; `*`, `**` and `?` as in globs (brackets are literal). */
  file?: string
  /** The group (`Python 3.14 on linux-x64`); every group when left out. */
  group?: string
  /** The class it diverged with; a different class is a new divergence. Any class when left out. */
  class?: DivergenceKind
  /** The modes it diverged in, as written: for reading, not matched. */
  modes?: Mode[]
  /**
   * Not written by hand: `baseline: auto` added it from the branch's history, where it diverged in
   * some of its last runs (baseline/stored.ts). Never fixed, never written back.
   */
  knownFlaky?: true
}

/** A known finding: its kind, and the module or distribution it names where it names one. */
export interface KnownFinding {
  kind: FindingKind
  group?: string
  module?: string
  distribution?: string
  /** thread-sanitizer: the report's kind and place ("data race at src/_racy.c:12"). */
  place?: string
  /** For the kinds that name no module (missing-leg, stopped, no-tests): the modes. */
  modes?: Mode[]
}

export interface Baseline {
  schema: typeof BASELINE_SCHEMA
  divergences: KnownDivergence[]
  findings: KnownFinding[]
}

/** A baseline file that cannot be used: the reason, for one error naming the input. */
export class BaselineError extends Error {}

const isStrings = (value: unknown): value is string[] =>
  Array.isArray(value) && value.every((item) => typeof item === 'string')

function optionalString(entry: Record<string, unknown>, key: string, where: string): void {
  if (entry[key] !== undefined && (typeof entry[key] !== 'string' || entry[key] === '')) {
    throw new BaselineError(`${where}.${key} must be a non-empty string`)
  }
}

function checkModes(entry: Record<string, unknown>, where: string): void {
  if (entry.modes === undefined) return
  if (!isStrings(entry.modes) || !entry.modes.every((mode) => MODES.includes(mode as Mode))) {
    throw new BaselineError(`${where}.modes must list modes (${MODES.join(', ')})`)
  }
}

function divergenceEntry(value: unknown, index: number): KnownDivergence {
  const where = `divergences[${index}]`
  if (!value || typeof value !== 'object' || Array.isArray(value)) throw new BaselineError(`${where} must be an object`)
  const entry = value as Record<string, unknown>
  for (const key of ['test', 'file', 'group']) optionalString(entry, key, where)
  if ((entry.test === undefined) === (entry.file === undefined)) {
    throw new BaselineError(`${where} needs either test (a test id) or file (a path or glob)`)
  }
  if (entry.class !== undefined && !DIVERGENCE_KINDS.includes(entry.class as DivergenceKind)) {
    throw new BaselineError(`${where}.class must be one of ${DIVERGENCE_KINDS.join(', ')}`)
  }
  checkModes(entry, where)
  return entry as KnownDivergence
}

function findingEntry(value: unknown, index: number): KnownFinding {
  const where = `findings[${index}]`
  if (!value || typeof value !== 'object' || Array.isArray(value)) throw new BaselineError(`${where} must be an object`)
  const entry = value as Record<string, unknown>
  if (!FINDING_KINDS.includes(entry.kind as FindingKind)) {
    throw new BaselineError(`${where}.kind must be one of ${FINDING_KINDS.join(', ')}`)
  }
  for (const key of ['group', 'module', 'distribution', 'place']) optionalString(entry, key, where)
  checkModes(entry, where)
  return entry as unknown as KnownFinding
}

/** Checks a parsed baseline file (pure). */
export function parseBaseline(value: unknown): Baseline {
  if (!value || typeof value !== 'object' || Array.isArray(value)) throw new BaselineError('not a JSON object')
  const file = value as Record<string, unknown>
  if (file.schema !== BASELINE_SCHEMA) {
    throw new BaselineError(
      `schema must be '${BASELINE_SCHEMA}', found ${JSON.stringify(file.schema)}; this version of the action reads ${BASELINE_SCHEMA}`,
    )
  }
  for (const list of ['divergences', 'findings']) {
    if (file[list] !== undefined && !Array.isArray(file[list])) throw new BaselineError(`${list} must be an array`)
  }
  return {
    schema: BASELINE_SCHEMA,
    divergences: ((file.divergences as unknown[]) ?? []).map(divergenceEntry),
    findings: ((file.findings as unknown[]) ?? []).map(findingEntry),
  }
}
