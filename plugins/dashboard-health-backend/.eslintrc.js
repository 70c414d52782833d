module.exports = require('@backstage/cli/config/eslint-factory')(__dirname, {
  rules: {
    // Tests that assert through a helper named expect… (e.g. expectErrorRecord) do assert.
    'jest/expect-expect': [
      'warn',
      { assertFunctionNames: ['expect', 'expect*', 'request.**.expect'] },
    ],
  },
});
