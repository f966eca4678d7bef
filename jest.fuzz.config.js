/** The fuzzing suite (1,000 generated requests per operation): `npm run test:fuzz`, run by CI after `npm test`. */
const base = require('./jest.config');

module.exports = {
  ...base,
  testMatch: ['<rootDir>/test/**/*.fuzz-spec.ts'],
  testTimeout: 1_800_000,
};
