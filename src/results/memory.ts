import { setFlagsFromString } from 'node:v8'

/**
 * Reading 100,000s of test results keeps most of what it allocates, and V8 answers by growing the
 * young generation to its maximum, which roughly doubles the peak RSS of a large comparison
 * (npm run bench: about 330 MiB against 200 MiB for two files of 100,000 tests, and slower too).
 * Holding the young generation at its starting size avoids that. Called before results are read.
 */
export function keepYoungGenerationSmall(): void {
  setFlagsFromString('--semi-space-growth-factor=1')
}
