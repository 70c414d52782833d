import { pyJsonDumps } from './pyJson';
import { pyRepr } from './pyRepr';

describe('pyJsonDumps', () => {
  it("uses Python's separators and ensure_ascii", () => {
    expect(
      pyJsonDumps({ a: [1, 0.15, true, null], 'b c': { d: 'Chloé' }, e: [] }),
    ).toBe(
      '{"a": [1, 0.15, true, null], "b c": {"d": "Chlo\\u00e9"}, "e": []}',
    );
  });

  it('escapes strings like json.dumps', () => {
    expect(pyJsonDumps('line\n"quoted"')).toBe('"line\\n\\"quoted\\""');
  });
});

describe('pyRepr', () => {
  it('renders the dicts and lists Superset embeds in messages', () => {
    expect(pyRepr(['bounce_flag'])).toBe("['bounce_flag']");
    expect(pyRepr({ datasource: { type: ['Must be one of: x.'] } })).toBe(
      "{'datasource': {'type': ['Must be one of: x.']}}",
    );
    expect(pyRepr("it's")).toBe('"it\'s"');
  });
});
