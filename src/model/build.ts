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

/** The minor version a Python 3 tag names: 15 of cp315t, 8 of cp38, 12 of py312, 0 of py3; NaN of any other. */
export function tagMinor(tag: string): number {
  const match = /^(?:cp|py)3(\d*)t?$/.exec(tag)
  return match ? Number(match[1] || 0) : NaN
}
