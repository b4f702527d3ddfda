/*
 * Builds of CPython and the names derived from a version: the words every stage shares.
 */

/** The standard build (with the GIL) or the free-threaded build (PEP 703, `python3.Xt`). */
export type Build = 'standard' | 'freethreaded'

/** The `builds` input: which builds to install. */
export type BuildsChoice = 'both' | Build

/** 3.14 of 3.14.2. */
export function minorOf(version: string): string {
  return version.split('.').slice(0, 2).join('.')
}

/** The ABI tag, cp314 or cp314t. */
export function abiTag(version: string, build: Build): string {
  return `cp${minorOf(version).replace('.', '')}${build === 'freethreaded' ? 't' : ''}`
}
