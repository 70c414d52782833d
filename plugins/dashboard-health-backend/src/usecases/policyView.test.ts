import { mockCredentials } from '@backstage/backend-test-utils';
import { ValidationPolicy } from '@dashboard-health/plugin-dashboard-health-common';
import { hiddenPolicyRefs } from './hiddenPolicyRefs';
import { policiesForCaller } from './policyView';
import { UseCaseContext } from './UseCaseContext';

const ref = (name: string) => `resource:default/${name}`;
const policy = (id: string, names: string[]) =>
  ({ id, entityRefs: names.map(ref) } as ValidationPolicy);

/** A catalog where the caller sees `a-*` dashboards and `b-*` exist but are hidden; anything else is gone. */
function contextWithCatalog() {
  const visibleRefs = jest.fn(async (refs: readonly string[]) => {
    return new Set(refs.filter(r => r.includes('/a-')));
  });
  const existingDashboardRefs = jest.fn(async (refs: readonly string[]) => {
    return new Set(refs.filter(r => /\/(a|b)-/.test(r)));
  });
  const context = {
    dashboards: { visibleRefs, existingDashboardRefs },
  } as unknown as UseCaseContext;
  return { context, visibleRefs };
}

const caller = mockCredentials.user('user:default/reader');

describe('policiesForCaller', () => {
  it('names what the caller sees and counts the rest, with one catalog read for the list', async () => {
    const { context, visibleRefs } = contextWithCatalog();
    const views = await policiesForCaller(
      context,
      [policy('p1', ['a-1', 'b-1', 'gone-1']), policy('p2', ['a-1'])],
      caller,
    );
    expect(views.map(v => [v.entityRefs, v.hiddenDashboardCount])).toEqual([
      [[ref('a-1')], 2],
      [[ref('a-1')], 0],
    ]);
    expect(visibleRefs).toHaveBeenCalledTimes(1);
  });
});

describe('hiddenPolicyRefs', () => {
  it('keeps the hidden dashboards that still exist and drops the gone ones', async () => {
    const { context } = contextWithCatalog();
    expect(
      await hiddenPolicyRefs(
        context,
        policy('p1', ['a-1', 'b-1', 'b-2', 'gone-1']),
        caller,
      ),
    ).toEqual([ref('b-1'), ref('b-2')]);
  });

  it('asks nothing more when the caller sees every dashboard', async () => {
    const { context } = contextWithCatalog();
    expect(
      await hiddenPolicyRefs(context, policy('p1', ['a-1', 'a-2']), caller),
    ).toEqual([]);
    expect(context.dashboards.existingDashboardRefs).not.toHaveBeenCalled();
  });
});
