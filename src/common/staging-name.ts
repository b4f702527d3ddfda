/*
 * The name of a staging folder (staging.ts): .<arch>.partial-<pid>@<host>-<random>. Apart from the
 * staging code, so that a warm tool cache's check for leftovers loads none of it.
 */

const STAGING = /^\..+\.partial-(\d+)@(.+)-[A-Za-z0-9]{6}$/

/** The process and host a staging folder's name says made it; undefined for any other name. */
export function stagingOwner(name: string): { pid: number; host: string } | undefined {
  const owner = STAGING.exec(name)
  return owner ? { pid: Number(owner[1]), host: owner[2]! } : undefined
}
