import type { Finding } from './findings.js'
import { failingModes, type TestRow } from './table.js'
import type { Mode } from '../model/mode.js'
import { BASELINE_SCHEMA, type Baseline, type KnownDivergence, type KnownFinding } from '../baseline/baseline.js'

/*
 * Matching a run against a baseline (pure). A divergence or finding an entry covers is known; one no
 * entry covers is new, and so is a known divergence whose class changed. An entry that covered
 * nothing in a group it applies to is fixed.
 */

export type BaselineStatus = 'new' | 'known'

/** Which entries of the baseline one group used: to tell the fixed ones, and to write them back. */
export interface BaselineUse {
  /** Entries that made something known. */
  known: { divergences: number[]; findings: number[] }
  /** Entries whose test still diverges, with another class: neither fixed nor kept. */
  changed: number[]
}

/** A glob as a regular expression: `**` any folders, `*` and `?` within one; the rest literal. */
export function globPattern(glob: string): RegExp {
  let source = ''
  for (let at = 0; at < glob.length; at++) {
    if (glob.startsWith('**/', at)) {
      source += '(?:.*/)?'
      at += 2
    } else if (glob.startsWith('**', at)) {
      source += '.*'
      at += 1
    } else if (glob[at] === '*') source += '[^/]*'
    else if (glob[at] === '?') source += '[^/]'
    else source += glob[at].replace(/[.+^${}()|[\]\\]/g, '\\$&')
  }
  return new RegExp(`^${source}$`)
}

function coversTest(entry: KnownDivergence, row: TestRow, group: string): boolean {
  if (entry.group !== undefined && entry.group !== group) return false
  if (entry.test !== undefined) return entry.test === row.id || entry.test === row.nodeid
  return row.file !== undefined && globPattern(entry.file!).test(row.file)
}

const sameModes = (a: Mode[], b: Mode[]) => a.length === b.length && a.every((mode) => b.includes(mode))

function coversFinding(entry: KnownFinding, finding: Finding): boolean {
  return (
    entry.kind === finding.kind &&
    (entry.group === undefined || entry.group === finding.group) &&
    (entry.module === undefined || entry.module === finding.module) &&
    (entry.distribution === undefined || entry.distribution === finding.distribution) &&
    (entry.place === undefined || entry.place === finding.place) &&
    (entry.modes === undefined || sameModes(entry.modes, finding.modes))
  )
}

/** Marks a group's divergences and findings new or known; says which entries it used. */
export function markGroup(
  baseline: Baseline,
  group: string,
  divergences: (TestRow & { baseline?: BaselineStatus })[],
  findings: (Finding & { baseline?: BaselineStatus })[],
): BaselineUse {
  const use: BaselineUse = { known: { divergences: [], findings: [] }, changed: [] }
  for (const row of divergences) {
    row.baseline = 'new'
    baseline.divergences.forEach((entry, index) => {
      if (!coversTest(entry, row, group)) return
      if (entry.class === undefined || entry.class === row.kind) {
        row.baseline = 'known'
        use.known.divergences.push(index)
      } else use.changed.push(index)
    })
  }
  for (const finding of findings) {
    finding.baseline = 'new'
    baseline.findings.forEach((entry, index) => {
      if (!coversFinding(entry, finding)) return
      finding.baseline = 'known'
      use.known.findings.push(index)
    })
  }
  return use
}

/** The divergences a baseline does not know (all of them without one), group by group in order. */
export function newDivergences(comparison: { groups: { divergences: (TestRow & { baseline?: BaselineStatus })[] }[] }) {
  return comparison.groups.flatMap((g) => g.divergences.filter((row) => row.baseline !== 'known'))
}

/** Entries that covered nothing in any group they apply to: fixed, to be removed from the baseline. */
export function fixedEntries(baseline: Baseline, groups: { group: string; baselineUse?: BaselineUse }[]) {
  const used = (list: 'divergences' | 'findings', index: number) =>
    groups.some(
      (g) =>
        g.baselineUse?.known[list].includes(index) ||
        (list === 'divergences' && g.baselineUse?.changed.includes(index)),
    )
  const applies = (entry: { group?: string }) =>
    entry.group === undefined ? groups.length > 0 : groups.some((g) => g.group === entry.group)
  return {
    // A known flaky test from the history that did not trip this time is not fixed: it is flaky.
    divergences: baseline.divergences.filter(
      (entry, index) => applies(entry) && !entry.knownFlaky && !used('divergences', index),
    ),
    findings: baseline.findings.filter((entry, index) => applies(entry) && !used('findings', index)),
  }
}

/**
 * The baseline of this run, to copy into the repository: the entries of the given baseline that
 * still made something known, as they were written (globs stay globs), then every new divergence
 * and finding as an entry of its own.
 */
export function currentBaseline(
  groups: {
    group: string
    divergences: (TestRow & { baseline?: BaselineStatus })[]
    findings: (Finding & { baseline?: BaselineStatus })[]
    baselineUse?: BaselineUse
  }[],
  given: Baseline | undefined,
): Baseline {
  // Entries the history added (knownFlaky) stay in the history, not in the file.
  const kept = (list: 'divergences' | 'findings') =>
    (given?.[list] ?? []).filter(
      (entry, index) =>
        !(entry as KnownDivergence).knownFlaky && groups.some((g) => g.baselineUse?.known[list].includes(index)),
    )
  const divergences: KnownDivergence[] = kept('divergences') as KnownDivergence[]
  const findings: KnownFinding[] = kept('findings') as KnownFinding[]
  for (const g of groups) {
    for (const row of g.divergences.filter((r) => r.baseline !== 'known')) {
      divergences.push({ test: row.id, group: g.group, class: row.kind, modes: failingModes(row) })
    }
    for (const finding of g.findings.filter((f) => f.baseline !== 'known')) {
      const names = finding.module ?? finding.distribution ?? finding.place
      findings.push({
        kind: finding.kind,
        group: g.group,
        ...(finding.module ? { module: finding.module } : {}),
        ...(finding.distribution ? { distribution: finding.distribution } : {}),
        ...(finding.place ? { place: finding.place } : {}),
        ...(names ? {} : { modes: finding.modes }),
      })
    }
  }
  return { schema: BASELINE_SCHEMA, divergences, findings }
}
