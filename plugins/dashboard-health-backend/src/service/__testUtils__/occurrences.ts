import fc from 'fast-check';

/**
 * The occurrences of one query parameter, already URL-encoded: none leaves it out, two or more repeat it
 * (`?a=1&a=2`, which Express reads as an array).
 */
export type Occurrences = string[];

export const encoded = (value: string) => encodeURIComponent(value);
export const once = (value: fc.Arbitrary<string>) =>
  value.map(v => [encoded(v)] as Occurrences);
export const repeated = (value: fc.Arbitrary<string>) =>
  fc.array(value.map(encoded), { minLength: 2, maxLength: 3 });

/** A JSON value as a page cursor: the way the API encodes its cursors. */
export const asCursor = (key: unknown) =>
  Buffer.from(JSON.stringify(key)).toString('base64url');

/** Text without NUL, which PostgreSQL cannot hold in a text value and so is refused everywhere. */
export const text = (options: { minLength?: number } = {}) =>
  fc
    .oneof(
      fc.string(options),
      fc.string({ ...options, unit: 'grapheme' }),
      fc.string({ ...options, unit: 'binary-ascii' }),
    )
    .filter(s => !s.includes('\0'));

/** Values of a query parameter that is not validated, or the whole gamut for "never 5xx". */
export const anyValue: fc.Arbitrary<string> = fc.oneof(
  fc.string(),
  fc.string({ unit: 'grapheme' }),
  fc.string({ unit: 'binary-ascii' }),
  fc.bigInt({ min: -(10n ** 40n), max: 10n ** 40n }).map(String),
  fc.double().map(String),
  fc.constantFrom('', ' ', '\0', 'null', '[]', '{}', '1e400', '-0', '%'),
  fc.jsonValue().map(asCursor),
);

export const anyOccurrences: fc.Arbitrary<Occurrences> = fc.oneof(
  fc.constant<Occurrences>([]),
  once(anyValue),
  repeated(anyValue),
  // Percent-escapes that decode to nothing valid; sent as they are.
  fc
    .constantFrom('%', '%zz', '%E0%A4%A', '%C0%80', '%FF', '%00', '%25%00')
    .map(raw => [raw]),
);

/** Any parameter containing NUL: refused up front with 400 (PostgreSQL would answer 22021, a 500). */
export const withNul: fc.Arbitrary<Occurrences> = fc
  .tuple(fc.string(), fc.string())
  .map(([a, b]) => [encoded(`${a}\0${b}`)]);
