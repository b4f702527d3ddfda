import { withoutGil, type LegResult, type Mode } from '../results/leg.js'
import type { CompareOptions } from './compare.js'
import type { BaselineStatus } from '../baseline/match.js'

export type FindingKind =
  'undeclared-extension' | 'gil-enabled' | 'missing-leg' | 'stopped' | 'no-tests' | 'dependency-versions'

export interface Finding {
  kind: FindingKind
  group: string
  modes: Mode[]
  message: string
  /** Counts against the run like a divergence (require-gil-disabled, a missing leg). */
  blocking: boolean
  module?: string
  /** dependency-versions: the distribution, and its version in each mode that has it. */
  distribution?: string
  versions?: Partial<Record<Mode, string>>
  /** With a baseline: whether the baseline already knew it. */
  baseline?: BaselineStatus
}

/** The mode meant to run without the GIL. */
export const ranWithoutGil = (leg: LegResult) => withoutGil(leg.mode)

function gilFindings(group: string, legs: LegResult[], requireGilDisabled: boolean): Finding[] {
  const findings: Finding[] = []
  const undeclared = new Map<string, Mode[]>()
  for (const leg of legs) {
    if (leg.mode === 'standard') continue
    for (const module of leg.gil.undeclared) undeclared.set(module, [...(undeclared.get(module) ?? []), leg.mode])
  }
  for (const [module, modes] of undeclared) {
    // It matters where the GIL is meant to be off; in freethreaded-gil the GIL is on by design.
    const affected = modes.some(withoutGil) ? modes.filter(withoutGil) : modes
    findings.push({
      kind: 'undeclared-extension',
      group,
      modes: affected,
      module,
      blocking: requireGilDisabled,
      message: `${module} has not declared free-threading support: without PYTHON_GIL=0, importing it turns the GIL back on`,
    })
  }
  for (const leg of legs.filter(ranWithoutGil)) {
    const first = leg.gil.enabledBy[0]
    if (!first && leg.gil.atEnd !== true && leg.gil.atStart !== true) continue
    const where = first?.test ? `from test ${first.test} on` : first ? `from ${first.when} on` : 'during the run'
    const module = first?.module ?? leg.gil.enabledBy.find((e) => e.module && e.test === first?.test)?.module
    const cause = module ? `, when ${module} was imported` : ''
    findings.push({
      kind: 'gil-enabled',
      group,
      modes: [leg.mode],
      module,
      blocking: requireGilDisabled,
      message: `The GIL was on in ${leg.mode} ${where}${cause}: those tests ran with the GIL`,
    })
  }
  return findings
}

/**
 * Distributions installed at different versions in the group's modes, or in some modes only: the
 * builds resolved the same requirements differently (most often: no wheel of the newest release for
 * the free-threaded ABI, or an optional dependency left out for want of one).
 */
export function versionFindings(group: string, legs: Pick<LegResult, 'mode' | 'packages'>[]): Finding[] {
  const listed = legs.filter((leg) => leg.packages)
  const names = new Set(listed.flatMap((leg) => Object.keys(leg.packages!)))
  const findings: Finding[] = []
  for (const name of [...names].sort()) {
    const versions: Partial<Record<Mode, string>> = {}
    for (const leg of listed) {
      const version = leg.packages![name]
      if (version !== undefined) versions[leg.mode] = version
    }
    const distinct = [...new Set(Object.values(versions))]
    const without = listed.filter((leg) => versions[leg.mode] === undefined).map((leg) => leg.mode)
    if (distinct.length < 2 && without.length === 0) continue
    const byVersion = distinct.map(
      (version) =>
        `${version} in ${Object.keys(versions)
          .filter((mode) => versions[mode as Mode] === version)
          .join(', ')}`,
    )
    const missing = without.length > 0 ? `; not installed in ${without.join(', ')}` : ''
    findings.push({
      kind: 'dependency-versions',
      group,
      modes: listed.map((leg) => leg.mode),
      blocking: false,
      distribution: name,
      versions,
      message: `${name} differs between the modes: ${byVersion.join('; ')}${missing}. The builds test against different versions`,
    })
  }
  return findings
}

/** Every finding of a group: the GIL, legs missing, legs without tests, legs that died between tests. */
export function groupFindings(
  group: string,
  legs: LegResult[],
  options: CompareOptions,
  comparingExitCodes: boolean,
): Finding[] {
  const findings = [...gilFindings(group, legs, options.requireGilDisabled), ...versionFindings(group, legs)]
  const present = new Set(legs.map((l) => l.mode))
  const missing = (options.expected ?? []).filter((e) => e.group === group && !present.has(e.mode))
  for (const { mode } of missing) {
    findings.push({
      kind: 'missing-leg',
      group,
      modes: [mode],
      blocking: true,
      message: `No results from ${mode}: the leg never ran or uploaded nothing`,
    })
  }
  if (!comparingExitCodes) {
    for (const leg of legs.filter((l) => l.tests.length === 0)) {
      findings.push({
        kind: 'no-tests',
        group,
        modes: [leg.mode],
        blocking: false,
        message: `${leg.mode} reported no tests (exit code ${leg.status.exitCode ?? leg.status.signal})`,
      })
    }
  }
  for (const leg of legs) {
    const counts = leg.tests.outcomeCounts()
    if ((leg.status.signal || leg.status.timedOut) && counts.crashed + counts.hung === 0) {
      const how = leg.status.timedOut ? 'ran out of time' : `died on ${leg.status.signal}`
      findings.push({
        kind: 'stopped',
        group,
        modes: [leg.mode],
        blocking: false,
        message: `${leg.mode} ${how} outside any test`,
      })
    }
  }
  return findings
}
