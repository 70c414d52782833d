import { NotFoundError } from '@backstage/errors';
import {
  nextWindowDate,
  dashboardHealthPolicyCreatePermission,
  dashboardHealthPolicyDeletePermission,
  policyPlanQuerySchema,
  PolicyPlanResponse,
  dashboardHealthPolicyUpdatePermission,
} from '@dashboard-health/plugin-dashboard-health-common';
import Router from 'express-promise-router';
import { authorize } from '../usecases/authorize';
import { parseInput } from '../usecases/parseInput';
import { parsePolicyInput } from '../usecases/parsePolicyInput';
import { principalRef } from '../usecases/principalRef';
import { callerCredentials, RouteContext } from './context';

/** `/policies`: CRUD (writes permission-checked) and each policy's materialised plan. */
export function policyRoutes(context: RouteContext) {
  const { policies, planner, clock } = context;
  const router = Router();

  router.get('/policies', async (req, res) => {
    await callerCredentials(context, req);
    res.json({ items: await policies.list() });
  });

  router.post('/policies', async (req, res) => {
    const credentials = await callerCredentials(context, req);
    await authorize(
      context,
      dashboardHealthPolicyCreatePermission,
      credentials,
    );
    const fields = await parsePolicyInput(context, req.body, credentials);
    const policy = await policies.create(fields, {
      id: `pol-${crypto.randomUUID()}`,
      now: clock.now(),
      createdBy: principalRef(credentials),
    });
    await planner.replan(policy);
    res.status(201).json(policy);
  });

  router.get('/policies/:id', async (req, res) => {
    await callerCredentials(context, req);
    res.json(await getPolicy(req.params.id));
  });

  router.put('/policies/:id', async (req, res) => {
    const credentials = await callerCredentials(context, req);
    await authorize(
      context,
      dashboardHealthPolicyUpdatePermission,
      credentials,
    );
    await getPolicy(req.params.id);
    const fields = await parsePolicyInput(context, req.body, credentials);
    const policy = await policies.update(req.params.id, fields, clock.now());
    if (!policy)
      throw new NotFoundError(`No policy with id '${req.params.id}'`);
    await planner.replan(policy);
    res.json(policy);
  });

  router.delete('/policies/:id', async (req, res) => {
    const credentials = await callerCredentials(context, req);
    await authorize(
      context,
      dashboardHealthPolicyDeletePermission,
      credentials,
    );
    await getPolicy(req.params.id);
    // Cancel first: a planned run must never outlive its policy, even if the delete below fails.
    await planner.cancel(req.params.id, 'the policy was deleted');
    await policies.delete(req.params.id);
    res.status(204).end();
  });

  router.get('/policies/:id/plan', async (req, res) => {
    const credentials = await callerCredentials(context, req);
    const policy = await getPolicy(req.params.id);
    const { date: requested } = parseInput(
      policyPlanQuerySchema,
      req.query,
      'query',
    );
    const date = requested ?? nextWindowDate(policy.window, clock.now());
    const [runs, bounds] = await Promise.all([
      context.plans.planRuns(policy.id, date),
      context.plans.planBounds(policy.id, date),
    ]);
    // Slots of dashboards the caller cannot see in the catalog are left out, not just anonymised.
    const visible = await context.dashboards.visibleRefs(
      runs.map(run => run.entityRef),
      credentials,
    );
    const response: PolicyPlanResponse = {
      policyId: policy.id,
      date,
      planned: bounds !== undefined,
      windowStart: bounds?.windowStart ?? null,
      windowEnd: bounds?.windowEnd ?? null,
      slots: runs
        .filter(run => visible.has(run.entityRef))
        .map(run => ({
          entityRef: run.entityRef,
          plannedAt: run.plannedAt,
          runId: run.id,
          status: run.status,
          startedAt: run.startedAt,
          finishedAt: run.finishedAt,
          reason: run.reason,
        })),
    };
    res.json(response);
  });

  async function getPolicy(id: string) {
    const policy = await policies.get(id);
    if (!policy) throw new NotFoundError(`No policy with id '${id}'`);
    return policy;
  }

  return router;
}
