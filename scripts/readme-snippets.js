#!/usr/bin/env node
// Install steps live once, in docs/install/*, and are quoted by the READMEs between markers:
//   <!-- snippet: docs/install/backend-index.ts -->  …a fenced copy…  <!-- /snippet -->
// The adoption test applies the files; this script keeps the READMEs' copies identical to them.
// Usage: node scripts/readme-snippets.js [--write]   (default: check, exit 1 on any difference)
const fs = require('fs');
const path = require('path');

const root = path.resolve(__dirname, '..');
const FENCE_LANGUAGE = { sh: 'sh', ts: 'ts', tsx: 'tsx', yaml: 'yaml' };
const BLOCK = /<!-- snippet: (\S+) -->\n[\s\S]*?<!-- \/snippet -->/g;

function readmes() {
  const dirs = ['.', ...['packages', 'plugins'].flatMap(d =>
    fs.readdirSync(path.join(root, d)).map(p => path.join(d, p)))];
  return dirs.map(d => path.join(root, d, 'README.md')).filter(f => fs.existsSync(f));
}

function quoted(snippetPath) {
  const file = path.join(root, snippetPath);
  if (!fs.existsSync(file)) throw new Error(`snippet ${snippetPath} does not exist`);
  const language = FENCE_LANGUAGE[path.extname(file).slice(1)] ?? '';
  const body = fs.readFileSync(file, 'utf8').replace(/\n*$/, '\n');
  return `<!-- snippet: ${snippetPath} -->\n\`\`\`${language}\n${body}\`\`\`\n<!-- /snippet -->`;
}

const write = process.argv.includes('--write');
let stale = 0;
let blocks = 0;
for (const readme of readmes()) {
  const text = fs.readFileSync(readme, 'utf8');
  const updated = text.replace(BLOCK, (_, snippetPath) => {
    blocks += 1;
    return quoted(snippetPath);
  });
  if (updated !== text) {
    stale += 1;
    if (write) fs.writeFileSync(readme, updated);
    else console.error(`${path.relative(root, readme)}: install snippets differ from docs/install (run: node scripts/readme-snippets.js --write)`);
  }
}
console.log(`${blocks} install snippets in READMEs, ${stale} README(s) ${write ? 'updated' : 'out of date'}`);
process.exit(!write && stale > 0 ? 1 : 0);
