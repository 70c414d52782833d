#!/usr/bin/env node
// Aligns every @backstage/* dependency of a freshly created app to the Backstage release this repo is on
// (backstage.json), the way `backstage-cli versions:bump --release` would if it could fetch the release
// manifest from here: versions this repo resolves come from its yarn.lock, the rest are the newest
// versions the registry published up to the release day.
// Usage: node align-release.js <app dir>
const fs = require('fs');
const path = require('path');
const { execSync } = require('child_process');
const { lockedVersions } = require('../lib/yarnLock');

const repoRoot = path.resolve(__dirname, '../..');
// The day each release was published on the registry (the release manifest is not reachable from here).
const RELEASE_DAYS = { '1.57.0': '2026-11-18T23:59:59Z' };

const release = JSON.parse(
  fs.readFileSync(path.join(repoRoot, 'backstage.json'), 'utf8'),
).version;
const releaseDay = RELEASE_DAYS[release];
if (!releaseDay)
  throw new Error(`No publication day recorded for Backstage ${release}`);

async function releasedVersion(registry, name) {
  const response = await fetch(`${registry}/${name.replace('/', '%2f')}`);
  if (!response.ok)
    throw new Error(`${name}: registry answered ${response.status}`);
  const { time } = await response.json();
  const candidates = Object.entries(time)
    .filter(([v, t]) => /^\d+\.\d+\.\d+$/.test(v) && t <= releaseDay)
    .sort((a, b) => a[1].localeCompare(b[1]));
  if (!candidates.length)
    throw new Error(`${name}: nothing published by ${releaseDay}`);
  return candidates[candidates.length - 1][0];
}

async function main(appDir) {
  const registry = execSync('npm config get registry', { cwd: '/' })
    .toString()
    .trim()
    .replace(/\/$/, '');
  // The release's versions as this repo resolves them (one per package: the release check ensures it).
  const locked = Object.fromEntries(
    [...lockedVersions(path.join(repoRoot, 'yarn.lock'))]
      .filter(([name]) => name.startsWith('@backstage/'))
      .map(([name, versions]) => [name, [...versions].pop()]),
  );
  const manifests = [
    'package.json',
    ...fs
      .readdirSync(path.join(appDir, 'packages'))
      .map(p => `packages/${p}/package.json`),
  ]
    .map(p => path.join(appDir, p))
    .filter(p => fs.existsSync(p));
  const names = new Set();
  for (const file of manifests) {
    const json = JSON.parse(fs.readFileSync(file, 'utf8'));
    for (const field of ['dependencies', 'devDependencies']) {
      Object.keys(json[field] ?? {})
        .filter(n => n.startsWith('@backstage/'))
        .forEach(n => names.add(n));
    }
  }
  const versions = {};
  await Promise.all(
    [...names].map(async n => {
      versions[n] = locked[n] ?? (await releasedVersion(registry, n));
    }),
  );
  for (const file of manifests) {
    const json = JSON.parse(fs.readFileSync(file, 'utf8'));
    for (const field of ['dependencies', 'devDependencies']) {
      for (const n of Object.keys(json[field] ?? {})) {
        if (versions[n]) json[field][n] = `^${versions[n]}`;
      }
    }
    fs.writeFileSync(file, `${JSON.stringify(json, null, 2)}\n`);
  }
  fs.writeFileSync(
    path.join(appDir, 'backstage.json'),
    `${JSON.stringify({ version: release }, null, 2)}\n`,
  );
  console.log(
    `aligned ${names.size} @backstage packages to release ${release}`,
  );
}

main(path.resolve(process.argv[2])).catch(error => {
  console.error(error.message);
  process.exit(1);
});
