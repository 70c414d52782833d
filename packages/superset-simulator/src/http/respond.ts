import type { Response } from 'express';

/**
 * Every simulator answer goes through here, so fault injection (truncated JSON) and the exact
 * Content-Type Superset sends apply to all of them.
 */
export function sendJson(res: Response, status: number, body: unknown): void {
  let text = JSON.stringify(body);
  let finalStatus = status;
  if (res.locals.malformedJson) {
    // A proxy or worker cut the body short: the status line still says 200.
    finalStatus = 200;
    text = text.slice(0, Math.max(1, Math.floor(text.length / 2)));
  }
  res
    .status(finalStatus)
    .set('Content-Type', 'application/json; charset=utf-8')
    .send(text);
}

/** FAB's response_400/401/403/404/422/500 bodies: `{"message": ...}`. */
export function sendMessage(
  res: Response,
  status: number,
  message: unknown,
): void {
  sendJson(res, status, { message });
}

export const notFound = (res: Response) => sendMessage(res, 404, 'Not found');
export const forbidden = (res: Response) => sendMessage(res, 403, 'Forbidden');
export const fatalError = (res: Response) =>
  sendMessage(res, 500, 'Fatal error');

/** flask-jwt-extended answers with `{"msg": ...}`, not `message`. */
export function sendJwtError(res: Response, status: number, msg: string): void {
  sendJson(res, status, { msg });
}
