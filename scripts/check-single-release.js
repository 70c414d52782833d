#!/usr/bin/env node
// Fails when yarn.lock resolves one of Backstage's core frontend/backend packages to more than one
// version: two copies of these split React contexts and API refs at runtime, and mixed release lines
// were how the repo once ended up with type workarounds. Usage: node scripts/check-single-release.js
const path = require('path');
const { lockedVersions } = require('./lib/yarnLock');

const CORE_PACKAGES = [
  '@backstage/frontend-plugin-api',
  '@backstage/core-plugin-api',
  '@backstage/plugin-catalog-react',
  '@backstage/backend-plugin-api',
  '@backstage/ui',
];

const lockPath = path.resolve(__dirname, '..', process.argv[2] ?? 'yarn.lock');
const locked = lockedVersions(lockPath);
let failed = false;
for (const name of CORE_PACKAGES) {
  const versions = [...(locked.get(name) ?? [])];
  if (versions.length > 1) {
    failed = true;
    console.error(
      `${name}: ${versions.length} versions in yarn.lock (${versions.join(
        ', ',
      )})`,
    );
  } else {
    console.log(`${name}: ${versions[0] ?? 'not used'}`);
  }
}
process.exit(failed ? 1 : 0);
