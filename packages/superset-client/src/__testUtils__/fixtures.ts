import fs from 'node:fs';
import path from 'node:path';

/** The Superset example responses, read from the simulator's copy of the shared fixtures. */
export const FIXTURES_DIR = path.join(
  path.dirname(require.resolve('@internal/superset-simulator/package.json')),
  'src/__fixtures__/superset',
);

export function readFixture(file: string): any {
  return JSON.parse(fs.readFileSync(path.join(FIXTURES_DIR, file), 'utf8'));
}
