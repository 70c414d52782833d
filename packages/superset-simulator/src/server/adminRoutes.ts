import express, { Router } from 'express';
import { sendJson, sendMessage } from '../http/respond';
import type { FaultController } from './faults';

/**
 * Outside /api: lets a person or a script change the faults of a simulator started from the command
 * line (`curl -X PUT .../__simulator/faults -d '{"errorRate":0.2}'`).
 */
export function adminRoutes(
  faults: FaultController,
  expireTokens: () => void,
): Router {
  const router = Router();
  router.use(express.json());
  router.get('/faults', (_req, res) => sendJson(res, 200, faults.current()));
  router.put('/faults', (req, res) => {
    try {
      faults.set(req.body ?? {});
    } catch (error) {
      sendMessage(res, 400, (error as Error).message);
      return;
    }
    sendJson(res, 200, faults.current());
  });
  router.post('/expire-tokens', (_req, res) => {
    expireTokens();
    sendJson(res, 200, { message: 'OK' });
  });
  return router;
}
