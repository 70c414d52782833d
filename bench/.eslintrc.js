// Benchmarks are node scripts beside the packages; linted with the rules of a backend package.
module.exports = require('@backstage/cli/config/eslint-factory').createConfigForRole(
  __dirname,
  'node-library',
);
