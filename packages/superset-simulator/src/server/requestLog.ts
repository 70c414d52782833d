import type { RequestHandler } from 'express';
import { rawQueryOf } from '../http/risonArgs';
import type { RequestLogEntry } from './types';

/** Records every answered request so tests can assert what a client actually called. */
export function requestLog(entries: RequestLogEntry[]): RequestHandler {
  return (req, res, next) => {
    const entry = {
      method: req.method,
      path: req.path,
      query: rawQueryOf(req.originalUrl),
    };
    res.on('finish', () => entries.push({ ...entry, status: res.statusCode }));
    next();
  };
}
