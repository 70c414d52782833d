/*
 * Writes the zod-derived components into openapi.yaml and the spec's TypeScript copy next to it; with
 * --check only reports drift (exit 1). Run through the package script `openapi:generate` / `openapi:check`.
 */
import fs from 'node:fs';
import path from 'node:path';
import {
  expectedRouterSource,
  expectedYaml,
  ROUTER_PATH,
  YAML_PATH,
} from './openApiFiles';

const check = process.argv.includes('--check');
const yamlText = expectedYaml();
const files = [
  { file: YAML_PATH, text: yamlText },
  { file: ROUTER_PATH, text: expectedRouterSource(yamlText) },
];
let stale = 0;
for (const { file, text } of files) {
  const current = fs.existsSync(file) ? fs.readFileSync(file, 'utf8') : '';
  if (current === text) continue;
  stale += 1;
  if (check) {
    console.error(`${path.relative(process.cwd(), file)} is out of date`);
  } else {
    fs.mkdirSync(path.dirname(file), { recursive: true });
    fs.writeFileSync(file, text);
  }
}
console.log(`OpenAPI: ${stale} file(s) ${check ? 'out of date' : 'written'}`);
process.exitCode = check && stale > 0 ? 1 : 0;
