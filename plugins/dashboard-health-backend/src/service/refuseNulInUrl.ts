import { InputError } from '@backstage/errors';
import { NextFunction, Request, Response } from 'express';

/**
 * Refuses any URL carrying an encoded NUL (`%00`) in its path or query with 400. PostgreSQL cannot hold NUL
 * in a text value and fails every query that compares with one (error 22021), so an id, ref or filter with
 * NUL would otherwise answer 500 on whichever route hands it to the database. No id, ref or date of this
 * API contains NUL, so nothing valid is refused. (A raw NUL byte never gets this far: Node's parser refuses it.)
 */
export function refuseNulInUrl(
  req: Request,
  _res: Response,
  next: NextFunction,
) {
  if (/%00/i.test(req.originalUrl)) {
    throw new InputError(
      'Invalid request: the URL must not contain a NUL character (%00)',
    );
  }
  next();
}
