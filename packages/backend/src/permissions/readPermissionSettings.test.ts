import { ConfigReader } from '@backstage/config';
import { readPermissionSettings } from './readPermissionSettings';

const read = (permissions?: object) =>
  readPermissionSettings(
    new ConfigReader(permissions ? { dashboardHealth: { permissions } } : {}),
  );

describe('readPermissionSettings', () => {
  it('defaults to allow-all, the embedded development setup', () => {
    expect(read()).toEqual({ policy: 'allow-all' });
  });

  it('normalises the admin group of the production policy', () => {
    expect(
      read({ policy: 'owners-and-admins', adminGroup: 'Ops/DH-Admins' }),
    ).toEqual({
      policy: 'owners-and-admins',
      adminGroup: 'group:ops/dh-admins',
    });
  });

  it('refuses to start the production policy without a usable admin group', () => {
    expect(() => read({ policy: 'owners-and-admins' })).toThrow(
      /dashboardHealth\.permissions\.adminGroup/,
    );
    expect(() =>
      read({ policy: 'owners-and-admins', adminGroup: 'user:default/ada' }),
    ).toThrow(
      "dashboardHealth.permissions.adminGroup: 'user:default/ada' is not a group",
    );
    expect(() =>
      read({ policy: 'owners-and-admins', adminGroup: 'group:' }),
    ).toThrow(/is not an entity ref/);
  });

  it('names an unknown policy', () => {
    expect(() => read({ policy: 'deny-all' })).toThrow(
      "dashboardHealth.permissions.policy: 'deny-all' is not one of allow-all, owners-and-admins",
    );
  });
});
