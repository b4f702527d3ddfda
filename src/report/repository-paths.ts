/**
 * Whether a path is the repository's: the run makes files inside the workspace relative to it and
 * leaves the others absolute. Annotations and the Checks API can place only these.
 */
export const inRepository = (file: string): boolean =>
  !file.startsWith('/') && !/^[A-Za-z]:/.test(file) && !file.startsWith('..')
