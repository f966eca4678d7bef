// Unit tests beside the code (*.spec.ts under libs/<lib>/src, apps/<app>/src and scripts): pure
// logic, no database, Redis or S3 server, so no global setup. `npm test` runs them before the e2e suite.
const { transform, moduleFileExtensions, moduleNameMapper } = require('./jest.config');

module.exports = {
  rootDir: '.',
  testEnvironment: 'node',
  testMatch: [
    '<rootDir>/libs/**/src/**/*.spec.ts',
    '<rootDir>/apps/**/src/**/*.spec.ts',
    '<rootDir>/scripts/**/*.spec.ts',
  ],
  setupFilesAfterEnv: ['<rootDir>/test/unit/transition-table.matcher.ts'],
  transform,
  moduleFileExtensions,
  moduleNameMapper,
};
