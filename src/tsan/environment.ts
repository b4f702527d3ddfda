/*
 * The environment of the freethreaded-tsan mode's commands (pure): ThreadSanitizer's options, and the
 * flags that instrument the extensions its install builds.
 */

import path from 'node:path'

/** Where a leg's reports go: TSan writes <prefix>.<pid>, one file per process. */
export function tsanLogPrefix(legDir: string): string {
  return path.join(legDir, 'tsan', 'report')
}

/** A frame: number, function, file:line:column, then (module path+offset), whatever is unknown. */
export const STACK_TRACE_FORMAT = '    #%n %f %S (%m+%o)'

/**
 * Races inside CPython that the action's own probe sets off: faulthandler's watchdog thread (the
 * hang timeout) races on the allocator in 3.13. They are not the project's, and a report this early
 * would be symbolized before the project's extensions load.
 */
export const ACTION_SUPPRESSIONS = 'race:_PyMem_SetDefaultAllocator\n'

/** A value for TSAN_OPTIONS, quoted when it holds a separator (the sanitizers' flag parser takes quotes). */
function optionValue(value: string): string {
  return /[\s:"']/.test(value) ? `"${value.replace(/"/g, '')}"` : value
}

/**
 * TSAN_OPTIONS: reports go to <logPrefix>.<pid> (pytest's capture cannot swallow them), every race is
 * reported without stopping the process, and the exit code stays the command's own: a report is a
 * finding, never a failure of the test that happened to be running. The job's own TSAN_OPTIONS
 * come last, so each of its options wins.
 */
export function tsanOptions(logPrefix: string, suppressions: string | undefined, jobOptions = ''): string {
  const options = [
    'halt_on_error=0',
    'exitcode=0',
    'second_deadlock_stack=1',
    // Each frame with its module's whole path: a frame TSan could not symbolize is symbolized
    // afterwards from it (symbolize.ts).
    `stack_trace_format=${optionValue(STACK_TRACE_FORMAT)}`,
    `log_path=${optionValue(logPrefix)}`,
    ...(suppressions ? [`suppressions=${optionValue(suppressions)}`] : []),
    jobOptions.trim(),
  ]
  return options.filter(Boolean).join(' ')
}

/**
 * The flags that instrument what the TSan venv builds from source, added to the job's own: every C
 * and C++ object and every link with -fsanitize=thread, with -g so that reports name the source
 * line. setuptools drops sysconfig's CFLAGS (its -fsanitize=thread and -g) once CFLAGS is set, so
 * both are given here; meson-python, scikit-build-core and plain Makefiles read the same variables.
 */
export function instrumentedBuildFlags(env: NodeJS.ProcessEnv): Record<string, string> {
  const add = (name: string, flags: string) => [env[name], flags].filter(Boolean).join(' ')
  return {
    CFLAGS: add('CFLAGS', '-fsanitize=thread -g -O1'),
    CXXFLAGS: add('CXXFLAGS', '-fsanitize=thread -g -O1'),
    LDFLAGS: add('LDFLAGS', '-fsanitize=thread'),
  }
}

/**
 * setuptools' extra configuration for the TSan venv (DIST_EXTRA_CONFIG): a build folder of its own.
 * The plain free-threaded build compiles the same tree into build/*-cpython-3XYt first, and
 * setuptools would take those uninstrumented objects as up to date.
 */
export const SETUPTOOLS_TSAN_CONFIG = '[build]\nbuild_base = build/setup-python-ft-tsan\n'

/** Joins CPython's free-threading suppressions and the project's into the one file TSan reads. */
export function joinSuppressions(parts: { origin: string; text: string }[]): string {
  return parts.map(({ origin, text }) => `# ${origin}\n${text.trimEnd()}\n`).join('\n')
}
