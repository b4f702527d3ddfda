/*
 * How long the action waits between attempts at a request that failed for a passing reason
 * (downloads, the Checks API).
 */

/** Seconds between attempts: 10, then 20; SETUP_PYTHON_FT_RETRY_SECONDS sets both (tests, impatient runners). */
export function retryDelays(): { minTimeout: number; maxTimeout: number } {
  const seconds = process.env.SETUP_PYTHON_FT_RETRY_SECONDS
  if (seconds !== undefined && /^\d+$/.test(seconds))
    return { minTimeout: Number(seconds) * 1000, maxTimeout: Number(seconds) * 1000 }
  return { minTimeout: 10_000, maxTimeout: 20_000 }
}
