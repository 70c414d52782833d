// Reads a Yarn Berry lockfile: every package name with the versions it resolves to
// ("name@npm:range, name@npm:range2":  …  version: x.y.z). Shared by the release check and the adoption test.
const fs = require('fs');

/** Map of package name → Set of resolved versions. */
function lockedVersions(lockPath) {
  const versions = new Map();
  for (const entry of fs.readFileSync(lockPath, 'utf8').split(/\n(?=\S)/)) {
    const header = entry.split('\n', 1)[0].replace(/:$/, '').replace(/"/g, '');
    const version = entry.match(/\n {2}version: "?([^"\n]+)"?/);
    if (!version) continue;
    for (const descriptor of header.split(', ')) {
      const name = descriptor.match(/^(@?[^@]+)@/)?.[1];
      if (!name) continue;
      if (!versions.has(name)) versions.set(name, new Set());
      versions.get(name).add(version[1]);
    }
  }
  return versions;
}

module.exports = { lockedVersions };
