import { FIXTURE_ERROR_BODIES } from '../__testUtils__/errorBodies';
import { extractSupersetMessage } from './extractSupersetMessage';

describe('extractSupersetMessage', () => {
  it.each(FIXTURE_ERROR_BODIES.map(c => [c.file, c] as const))(
    'reads fixture %s',
    (_file, { body, message, shape, errorType }) => {
      expect(extractSupersetMessage(body)).toEqual({
        message,
        shape,
        errorType,
      });
    },
  );

  it('flattens nested marshmallow messages with dotted paths', () => {
    expect(
      extractSupersetMessage({
        message: {
          datasource: { type: ['Must be one of: table.'], id: ['Required.'] },
          queries: { 0: { row_limit: ['Not a valid integer.'] } },
        },
      }).message,
    ).toBe(
      'datasource.type: Must be one of: table.; datasource.id: Required.; queries.0.row_limit: Not a valid integer.',
    );
  });

  it('joins several SIP-40 errors and keeps the first error type', () => {
    expect(
      extractSupersetMessage({
        errors: [
          { message: 'first', error_type: 'A', level: 'error', extra: {} },
          { message: 'second', error_type: 'B', level: 'error', extra: {} },
        ],
      }),
    ).toEqual({ message: 'first; second', shape: 'sip40', errorType: 'A' });
  });

  it('summarises a non-JSON body, such as a proxy error page', () => {
    const html = `<html><head><title>502 Bad Gateway</title></head><body><h1>502 Bad Gateway</h1>${'x'.repeat(
      500,
    )}</body></html>`;
    const extracted = extractSupersetMessage(undefined, html);
    expect(extracted.shape).toBe('other');
    expect(extracted.message).toMatch(/^502 Bad Gateway 502 Bad Gateway x+…$/);
    expect(extracted.message.length).toBeLessThanOrEqual(301);
  });

  it('gives an empty message for an empty or unknown body', () => {
    expect(extractSupersetMessage(undefined, '')).toEqual({
      message: '',
      shape: 'other',
    });
    expect(extractSupersetMessage({ detail: 'x' }).shape).toBe('other');
  });
});
