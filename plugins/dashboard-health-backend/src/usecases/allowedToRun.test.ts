import { mockCredentials, mockServices } from '@backstage/backend-test-utils';
import { AuthorizeResult } from '@backstage/plugin-permission-common';
import { allowedToRun } from './allowedToRun';

describe('allowedToRun', () => {
  const credentials = mockCredentials.user('user:default/ana');
  const refs = ['resource:default/a', 'resource:default/b'];

  it('keeps the dashboards the caller may run, asking once for all of them', async () => {
    const permissions = mockServices.permissions.mock();
    permissions.authorize.mockResolvedValue([
      { result: AuthorizeResult.DENY },
      { result: AuthorizeResult.ALLOW },
    ]);
    expect(await allowedToRun({ permissions }, refs, credentials)).toEqual([
      'resource:default/b',
    ]);
    expect(permissions.authorize).toHaveBeenCalledTimes(1);
    expect(permissions.authorize.mock.calls[0][0]).toEqual([
      expect.objectContaining({ resourceRef: 'resource:default/a' }),
      expect.objectContaining({ resourceRef: 'resource:default/b' }),
    ]);
  });

  it('answers 403 when the caller may run none of them', async () => {
    const permissions = mockServices.permissions.mock();
    permissions.authorize.mockResolvedValue(
      refs.map(() => ({ result: AuthorizeResult.DENY })),
    );
    await expect(
      allowedToRun({ permissions }, refs, credentials),
    ).rejects.toMatchObject({ name: 'NotAllowedError' });
  });
});
