import type { Mode } from '../model/mode.js'
import type { ModeJob, ModePlugin, ModeSession } from './mode-plugin.js'
import { plainMode } from './plain-mode.js'
import { stressMode } from './stress-mode.js'
import { tsanMode } from './tsan-mode.js'

/** Which plug-in runs each mode. A new mode is a row here, its traits in src/model/mode.ts, and its plug-in. */
export const MODE_PLUGINS: Record<Mode, ModePlugin> = {
  standard: plainMode,
  freethreaded: plainMode,
  'freethreaded-gil': plainMode,
  'standard-stress': stressMode,
  'freethreaded-stress': stressMode,
  'freethreaded-tsan': tsanMode,
}

/** Starts each plug-in the job's modes need, once, in the order of the modes; the session of each mode. */
export async function startModes(job: Omit<ModeJob, 'modes'>): Promise<Map<Mode, ModeSession>> {
  const modesOf = new Map<ModePlugin, Mode[]>()
  for (const mode of job.inputs.modes)
    modesOf.set(MODE_PLUGINS[mode], [...(modesOf.get(MODE_PLUGINS[mode]) ?? []), mode])
  const sessions = new Map<Mode, ModeSession>()
  for (const [plugin, modes] of modesOf) {
    const session = await plugin.start({ ...job, modes })
    for (const mode of modes) sessions.set(mode, session)
  }
  return sessions
}
