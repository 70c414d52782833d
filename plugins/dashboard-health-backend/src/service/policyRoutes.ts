import { NotFoundError } from '@backstage/errors';
import {
  dashboardHealthPolicyCreatePermission,
  dashboardHealthPolicyDeletePermission,
  policyPlanQuerySchema,
  dashboardHealthPolicyUpdatePermission,
} from '@dashboard-health/plugin-dashboard-health-common';
import Router from 'express-promise-router';
import { authorize } from '../usecases/authorize';
import { getPolicyPlan } from '../usecases/getPolicyPlan';
import { parseInput } from '../usecases/parseInput';
import { hiddenPolicyRefs } from '../usecases/hiddenPolicyRefs';
import { parsePolicyInput } from '../usecases/parsePolicyInput';
import { policiesForCaller, policyForCaller } from '../usecases/policyView';
import { policyWriteResponse } from '../usecases/policyWriteResponse';
import { principalRef } from '../usecases/principalRef';
import { validatePolicyNow } from '../usecases/validatePolicyNow';
import { callerCredentials, RouteContext } from './context';

/**
 * `/policies`: CRUD (writes permission-checked) and each policy's materialised plan. Every answer shows
 * only the dashboards the caller may see in the catalog (the others are counted in `hiddenDashboardCount`).
 */
export function policyRoutes(context: RouteContext) {
  const { policies, planner, clock } = context;
  const router = Router();

  router.get('/policies', async (req, res) => {
    const credentials = await callerCredentials(context, req);
    const items = await policies.list();
    res.json({ items: await policiesForCaller(context, items, credentials) });
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
    // Saved even when it does not fit; the answer carries the forecast, and a warning then.
    const view = await policyForCaller(context, policy, credentials);
    res.status(201).json(await policyWriteResponse(context, policy, view));
  });

  router.get('/policies/:id', async (req, res) => {
    const credentials = await callerCredentials(context, req);
    const policy = await getPolicy(req.params.id);
    res.json(await policyForCaller(context, policy, credentials));
  });

  router.put('/policies/:id', async (req, res) => {
    const credentials = await callerCredentials(context, req);
    await authorize(
      context,
      dashboardHealthPolicyUpdatePermission,
      credentials,
    );
    const stored = await getPolicy(req.params.id);
    const fields = await parsePolicyInput(
      context,
      req.body,
      credentials,
      await hiddenPolicyRefs(context, stored, credentials),
    );
    const policy = await policies.update(req.params.id, fields, clock.now());
    if (!policy)
      throw new NotFoundError(`No policy with id '${req.params.id}'`);
    await planner.replan(policy);
    const view = await policyForCaller(context, policy, credentials);
    res.json(await policyWriteResponse(context, policy, view));
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
    const { date } = parseInput(policyPlanQuerySchema, req.query, 'query');
    res.json(await getPolicyPlan(context, policy, date, credentials));
  });

  router.post('/policies/:id/validate-now', async (req, res) => {
    const credentials = await callerCredentials(context, req);
    res
      .status(202)
      .json(await validatePolicyNow(context, req.params.id, credentials));
  });

  async function getPolicy(id: string) {
    const policy = await policies.get(id);
    if (!policy) throw new NotFoundError(`No policy with id '${id}'`);
    return policy;
  }

  return router;
}
