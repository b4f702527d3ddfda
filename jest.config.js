const common = {
  testEnvironment: 'node',
  extensionsToTreatAsEsm: ['.ts'],
  transform: { '^.+\\.ts$': ['ts-jest', { useESM: true }] },
  moduleNameMapper: { '^(\\.{1,2}/.*)\\.js$': '$1' },
}

export default {
  // One scratch folder per run, removed at the end: see testbed/scratch.mjs.
  globalSetup: '<rootDir>/testbed/scratch.mjs',
  globalTeardown: '<rootDir>/testbed/scratch-teardown.mjs',
  projects: [
    {
      ...common,
      displayName: 'unit',
      testMatch: ['<rootDir>/__tests__/**/*.test.ts'],
      testPathIgnorePatterns: ['/integration/'],
    },
    {
      ...common,
      displayName: 'integration',
      testMatch: ['<rootDir>/__tests__/integration/**/*.test.ts'],
      // Rebuilds dist/ first when a source is newer than the bundles: see testbed/fresh-bundle.mjs.
      globalSetup: '<rootDir>/testbed/fresh-bundle.mjs',
    },
  ],
}
