/*
 * setup-python's tool-cache convention, shared by the installs, the tool-cache lookup and the TSan
 * interpreter: a folder counts once the marker beside it exists. In a file of its own, so that the
 * warm path (a lookup in the tool cache) loads nothing else of the staging code.
 */

/** The marker beside an installed folder, written last: a folder without it is half made. */
export function completeMarker(dir: string): string {
  return `${dir}.complete`
}
