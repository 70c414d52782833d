module.exports = require('@backstage/cli/config/eslint-factory')(__dirname, {
  rules: {
    // Property tests assert inside fc.assert and through the planner's own error helper.
    'jest/expect-expect': [
      'warn',
      { assertFunctionNames: ['expect', 'expectPlanError', 'fc.assert'] },
    ],
  },
});
