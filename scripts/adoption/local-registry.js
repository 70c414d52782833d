#!/usr/bin/env node
// A minimal npm registry for the adoption test: serves the `yarn pack` tarballs of this repo's packages
// (the packages are not published on this machine's registry), so the new app installs them with the
// README's plain `yarn add @dashboard-health/…` through a scoped registry setting. Everything else still
// comes from the real registry. Usage: node local-registry.js <tarball dir> <port>
const http = require('http');
const fs = require('fs');
const path = require('path');
const crypto = require('crypto');
const { execFileSync } = require('child_process');

const [tarballDir, port] = [path.resolve(process.argv[2]), Number(process.argv[3] ?? 4873)];
const base = `http://127.0.0.1:${port}`;

/** One packument per tarball: the manifest `yarn pack` wrote, with where and how to fetch it. */
function packuments() {
  const byName = {};
  for (const file of fs.readdirSync(tarballDir).filter(f => f.endsWith('.tgz'))) {
    const tarball = fs.readFileSync(path.join(tarballDir, file));
    const manifest = JSON.parse(execFileSync('tar', ['-xzOf', path.join(tarballDir, file), 'package/package.json']));
    const published = fs.statSync(path.join(tarballDir, file)).mtime.toISOString();
    byName[manifest.name] = {
      name: manifest.name,
      'dist-tags': { latest: manifest.version },
      time: { [manifest.version]: published, created: published, modified: published },
      versions: {
        [manifest.version]: {
          ...manifest,
          dist: {
            tarball: `${base}/-/${file}`,
            shasum: crypto.createHash('sha1').update(tarball).digest('hex'),
            integrity: `sha512-${crypto.createHash('sha512').update(tarball).digest('base64')}`,
          },
        },
      },
    };
  }
  return byName;
}

const registry = packuments();
http
  .createServer((req, res) => {
    const url = decodeURIComponent(req.url.split('?')[0]);
    if (url.startsWith('/-/')) {
      const file = path.join(tarballDir, path.basename(url));
      if (fs.existsSync(file)) {
        res.writeHead(200, { 'Content-Type': 'application/octet-stream' });
        fs.createReadStream(file).pipe(res);
        return;
      }
    }
    const packument = registry[url.slice(1)];
    res.writeHead(packument ? 200 : 404, { 'Content-Type': 'application/json' });
    res.end(JSON.stringify(packument ?? { error: 'not found' }));
  })
  .listen(port, '127.0.0.1', () => console.log(`registry for ${Object.keys(registry).join(', ')} on ${base}`));
