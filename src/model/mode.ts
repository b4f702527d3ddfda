import type { Build } from './build.js'

/*
 * The modes: a test suite run once on one build, with or without the GIL, with or without thread
 * stress. What a mode *is* lives here, as data; what a mode *does* (its interpreter, environment
 * and results) is its plug-in's, in src/modes/.
 */

export const MODES = [
  'standard',
  'freethreaded',
  'freethreaded-gil',
  'standard-stress',
  'freethreaded-stress',
  'freethreaded-tsan',
] as const
export type Mode = (typeof MODES)[number]

/** What a mode is: the facts the planner, the comparison and the report read. */
export interface ModeTraits {
  build: Build
  /**
   * The GIL: the standard build's own, `off` (the free-threaded build meant to run without it:
   * PYTHON_GIL=0, or unset with `gil: detect`), or `on` (the free-threaded build with PYTHON_GIL=1).
   */
  gil: 'standard' | 'off' | 'on'
  /** Runs every test in several threads at once (pytest-run-parallel). */
  stress: boolean
  /**
   * Why the mode is slower by design (threads, an instrumented interpreter): its time is not compared
   * with the others'.
   */
  slower?: string
  /** A runner OS the mode cannot run on, and why, for the one-line error on `modes`. */
  unsupported?: { os: string; why: string }
}

export const MODE_TRAITS: Record<Mode, ModeTraits> = {
  standard: { build: 'standard', gil: 'standard', stress: false },
  freethreaded: { build: 'freethreaded', gil: 'off', stress: false },
  'freethreaded-gil': { build: 'freethreaded', gil: 'on', stress: false },
  'standard-stress': { build: 'standard', gil: 'standard', stress: true, slower: 'each test in several threads' },
  'freethreaded-stress': { build: 'freethreaded', gil: 'off', stress: true, slower: 'each test in several threads' },
  'freethreaded-tsan': {
    build: 'freethreaded',
    gil: 'off',
    stress: false,
    slower: 'an interpreter instrumented by ThreadSanitizer',
    unsupported: {
      os: 'win32',
      why: 'needs ThreadSanitizer, which CPython supports on Linux (gcc or clang) and macOS (clang) only; drop it on Windows runners',
    },
  },
}

/** The build a mode runs on. */
export const buildOf = (mode: Mode): Build => MODE_TRAITS[mode].build

/** Modes that run every test in several threads at once (pytest-run-parallel). */
export const isStress = (mode: Mode): boolean => MODE_TRAITS[mode].stress

/** The modes meant to run without the GIL. */
export const withoutGil = (mode: Mode): boolean => MODE_TRAITS[mode].gil === 'off'

/** The `gil` input: PYTHON_GIL=0 in the modes without the GIL, or left unset to see what turns it on. */
export const GIL_SETTINGS = ['force-off', 'detect'] as const
export type GilSetting = (typeof GIL_SETTINGS)[number]

/** PYTHON_GIL per mode: never on the standard build, where 0 is fatal at start-up. */
export function pythonGilFor(mode: Mode, gil: GilSetting): string | undefined {
  const traits = MODE_TRAITS[mode]
  if (traits.gil === 'on') return '1'
  if (traits.gil === 'off') return gil === 'force-off' ? '0' : undefined
  return undefined
}

/** How a stress mode ran each test: in `threads` threads at once, `iterations` times in each. */
export interface StressSettings {
  threads: number
  iterations: number
}
