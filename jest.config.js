// ESM + ts-jest: sources use NodeNext ".js" import specifiers, mapped back to the .ts files here. ts-jest
// transpiles each file alone (isolatedModules in tsconfig.json); type errors are npm run typecheck's job.
/** @type {import('jest').Config} */
export default {
  testEnvironment: 'node',
  extensionsToTreatAsEsm: ['.ts'],
  moduleNameMapper: { '^(\\.{1,2}/.*)\\.js$': '$1' },
  transform: {
    '^.+\\.ts$': ['ts-jest', { useESM: true, diagnostics: { ignoreCodes: [151002] } }],
  },
  testMatch: ['<rootDir>/test/**/*.test.ts'],
  testTimeout: 60000,
  // One build of the bundles per run (when src/ is newer than dist/), shared by every test file.
  globalSetup: '<rootDir>/test/support/global-setup.mjs',
  // Node's default stack depth in every test file (see the file).
  setupFiles: ['<rootDir>/test/support/jest-setup.ts'],
  // Longest files first, also on a fresh clone where jest has no timings yet (see the file).
  testSequencer: '<rootDir>/test/support/sequencer.cjs',
  // One worker per core (jest's default leaves one core idle: a single worker on CI's 2 cores). Not more:
  // CPU-bound tests with time bounds (test/hardening/limits.test.ts) must not share a core with a third worker.
  maxWorkers: '100%',
};
