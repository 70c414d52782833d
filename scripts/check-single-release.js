#!/usr/bin/env node
// Fails when yarn.lock resolves one of Backstage's core frontend/backend packages to more than one
// version: two copies of these split React contexts and API refs at runtime, and mixed release lines
// were how the repo once ended up with type workarounds. Usage: node scripts/check-single-release.js
const fs = require('fs');
const path = require('path');

const CORE_PACKAGES = [
  '@backstage/frontend-plugin-api',
  '@backstage/core-plugin-api',
  '@backstage/plugin-catalog-react',
  '@backstage/backend-plugin-api',
  '@backstage/ui',
];

/** Every resolved version of `name` in a Yarn Berry lockfile ("name@npm:range": … version: x). */
function resolvedVersions(lockfile, name) {
  const versions = new Set();
  const entries = lockfile.split(/\n(?=\S)/);
  for (const entry of entries) {
    const header = entry.split('\n', 1)[0];
    const descriptors = header.replace(/:$/, '').replace(/"/g, '').split(', ');
    if (!descriptors.some(d => d.startsWith(`${name}@`))) continue;
    const version = entry.match(/\n {2}version: "?([^"\n]+)"?/);
    if (version) versions.add(version[1]);
  }
  return [...versions];
}

const lockPath = path.resolve(__dirname, '..', process.argv[2] ?? 'yarn.lock');
const lockfile = fs.readFileSync(lockPath, 'utf8');
let failed = false;
for (const name of CORE_PACKAGES) {
  const versions = resolvedVersions(lockfile, name);
  if (versions.length > 1) {
    failed = true;
    console.error(`${name}: ${versions.length} versions in yarn.lock (${versions.join(', ')})`);
  } else {
    console.log(`${name}: ${versions[0] ?? 'not used'}`);
  }
}
process.exit(failed ? 1 : 0);
