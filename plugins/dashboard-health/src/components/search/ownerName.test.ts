import { ownerName } from './dashboardHealthDocument';

describe('ownerName', () => {
  it('says a group owner as people say it, and keeps what it cannot parse', () => {
    expect(ownerName('group:default/data-team')).toBe('data-team');
    expect(ownerName('group:finance/analysts')).toBe('finance/analysts');
    expect(ownerName('user:default/ana')).toBe('user:ana');
    expect(ownerName('')).toBe('');
  });
});
