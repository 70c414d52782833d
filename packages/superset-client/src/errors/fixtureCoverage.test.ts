import { FIXTURE_ERROR_BODIES } from '../__testUtils__/errorBodies';
import { readFixture } from '../__testUtils__/fixtures';

/**
 * The error bodies the extraction tests use are literal copies; this guards the copy against the
 * simulator's fixture set (which mirrors the shared Superset examples), so a new error file cannot go
 * untested and a copied body cannot drift.
 */
interface IndexEntry {
  file: string;
  status: number | null;
}

describe('error body fixtures', () => {
  const index: IndexEntry[] = readFixture('index.json');
  const errorFiles = index.filter(e => e.status !== null && e.status >= 400);

  it('covers every error file of the fixtures, with the same status', () => {
    expect(
      FIXTURE_ERROR_BODIES.map(c => `${c.file} ${c.status}`).sort(),
    ).toEqual(errorFiles.map(e => `${e.file} ${e.status}`).sort());
  });

  it.each(FIXTURE_ERROR_BODIES.map(c => [c.file, c.body] as const))(
    'copies %s verbatim',
    (file, body) => {
      expect(readFixture(file)).toEqual(body);
    },
  );
});
