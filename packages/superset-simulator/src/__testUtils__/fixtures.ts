import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';

/** The package's copy of shared/superset/fixtures (CI runs on a clean checkout). */
export const FIXTURE_DIR = resolve(__dirname, '../__fixtures__/superset');

export interface FixtureEntry {
  file: string;
  method: string;
  path: string;
  query: string | null;
  status: number | null;
  content_type: string;
  note: string | null;
}

export function fixtureIndex(): FixtureEntry[] {
  return JSON.parse(readFileSync(resolve(FIXTURE_DIR, 'index.json'), 'utf8'));
}

export function readFixture(file: string): any {
  return JSON.parse(readFileSync(resolve(FIXTURE_DIR, file), 'utf8'));
}
