import { InputError } from '@backstage/errors';
import { CursorError } from '../database/rows';

/** Reads one page of a list; a cursor the store cannot decode is the caller's mistake, so a 400. */
export async function readPage<T>(read: () => Promise<T>): Promise<T> {
  try {
    return await read();
  } catch (error) {
    if (error instanceof CursorError) {
      throw new InputError(`Invalid query: ${error.message}`);
    }
    throw error;
  }
}
