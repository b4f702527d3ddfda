import { availableParallelism } from 'node:os'
import path from 'node:path'
import { cancelledLeg, executeLeg } from '../legs/leg-execution.js'
import { cancelled } from '../common/cancellation.js'
import { writeLegFile, type LegResult } from '../results/leg-file.js'
import { replayLog } from '../common/log.js'
import { mapLimit } from '../common/pool.js'
import * as core from '../common/workflow-commands.js'
import type { Prepared } from './prepare.js'

/** The line that heads a leg's log group: how it ended, its resumes, its tests and time. */
export function describeLeg(leg: LegResult): string {
  const s = leg.status
  const end = s.timedOut ? 'timed out' : s.signal ? `died on ${s.signal}` : `exit ${s.exitCode}`
  const count = (n: number, one: string, many: string) => (n === 0 ? '' : `${n} ${n === 1 ? one : many}`)
  const stops = [
    count(s.crashes?.length ?? 0, 'crash', 'crashes'),
    count(s.hangs?.length ?? 0, 'hang', 'hangs'),
  ].filter(Boolean)
  const resumed = stops.length > 0 && !s.signal && !s.timedOut ? ` after ${stops.join(' and ')}` : ''
  return `${leg.mode} · ${leg.version}: ${end}${resumed}, ${leg.tests.length} tests, ${s.durationSeconds.toFixed(1)} s`
}

/**
 * Runs the legs, as many at once as there are cores: each writes its leg.json, and its output is
 * shown in a log group of its own when it ends. The results keep the order of prepared.ready.
 */
export async function runLegs({ ready, watch }: Prepared): Promise<LegResult[]> {
  const names = ready.map(({ plan }) => `${plan.mode} (${plan.version})`)
  core.info(`Running ${names.join(', ')}: up to ${availableParallelism()} at a time`)
  return mapLimit(ready, availableParallelism(), async ({ plan, context }) => {
    // A cancelled job starts no more legs (common/cancellation.ts).
    if (cancelled()) return cancelledLeg(plan, context)
    watch?.started(plan, context.legDir)
    const leg = await executeLeg(plan, context)
    watch?.finished(plan, leg)
    writeLegFile(leg, path.join(context.legDir, 'leg.json'))
    replayLog(describeLeg(leg), path.join(context.legDir, 'output.log'), `[${plan.mode}] `)
    return leg
  })
}
