/** e2e tests against real PostgreSQL, Redis and an S3 server (s3rver); see test/support. */
module.exports = {
  rootDir: '.',
  testEnvironment: 'node',
  testMatch: ['<rootDir>/test/**/*.e2e-spec.ts'],
  transform: { '^.+\\.ts$': ['ts-jest', { tsconfig: 'tsconfig.jest.json' }] },
  moduleFileExtensions: ['ts', 'js', 'json'],
  moduleNameMapper: {
    // the generated client's sample program imports it by its package name
    '^@iso-dien-tu/api-client$': '<rootDir>/libs/api-client/src/index.ts',
    '^@app/platform$': '<rootDir>/libs/platform/src',
    '^@app/identity$': '<rootDir>/libs/identity/src',
    '^@app/organization$': '<rootDir>/libs/organization/src',
    '^@app/storage$': '<rootDir>/libs/storage/src',
    '^@app/deadlines$': '<rootDir>/libs/deadlines/src',
    '^@app/approvals$': '<rootDir>/libs/approvals/src',
    '^@app/documents$': '<rootDir>/libs/documents/src',
    '^@app/capa$': '<rootDir>/libs/capa/src',
    '^@app/audits$': '<rootDir>/libs/audits/src',
    '^@app/oversight$': '<rootDir>/libs/oversight/src',
    '^@app/integration$': '<rootDir>/libs/integration/src',
    '^@app/reporting$': '<rootDir>/libs/reporting/src',
  },
  globalSetup: '<rootDir>/test/support/global-setup.ts',
  globalTeardown: '<rootDir>/test/support/global-teardown.ts',
  maxWorkers: 2,
  testTimeout: 60000,
};
