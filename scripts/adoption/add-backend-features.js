#!/usr/bin/env node
// Applies the README's backend step: inserts docs/install/backend-index.ts before `backend.start()` in a
// backend's src/index.ts, as a reader following the README would paste it.
// Usage: node add-backend-features.js <backend index.ts> <snippet>
const fs = require('fs');

const [indexPath, snippetPath] = process.argv.slice(2);
const index = fs.readFileSync(indexPath, 'utf8');
const snippet = fs.readFileSync(snippetPath, 'utf8');
if (!index.includes('backend.start();')) throw new Error(`${indexPath} has no backend.start()`);
fs.writeFileSync(indexPath, index.replace('backend.start();', `${snippet}\nbackend.start();`));
