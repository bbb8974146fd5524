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
  // Many test files wait on child processes (the bundled action and CLI, git, npm) rather than on the CPU:
  // more workers than the 2 cores of CI keep the cores busy.
  maxWorkers: 4,
};
