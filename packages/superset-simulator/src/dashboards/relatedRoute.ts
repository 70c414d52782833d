import type { Request, Response } from 'express';
import { sendJson, sendMessage, notFound } from '../http/respond';
import { BadRisonError, rawQueryOf, readRisonArgs } from '../http/risonArgs';
import type { LiveModel } from '../model/liveModel';
import type { User } from '../model/types';

const DEFAULT_PAGE_SIZE = 20;
const MAX_PAGE_SIZE = 100;

function relatedColumns(ownership: string): string[] {
  const people =
    ownership === 'editors' ? ['owners', 'editors', 'viewers'] : ['owners'];
  return [...people, 'created_by', 'changed_by', 'roles'];
}

function matchesFilter(user: User, filter: string): boolean {
  if (!filter) {
    return true;
  }
  const text = filter.toLowerCase();
  return [
    user.first_name,
    user.last_name,
    user.username,
    `${user.first_name} ${user.last_name}`,
  ].some(value => value.toLowerCase().includes(text));
}

/**
 * GET /dashboard/related/{column}: RelatedResponseSchema `{count, result: [{value, text, extra}]}`,
 * users ordered by first name. `extra` carries the email the catalog maps owners with.
 */
export function relatedHandler(model: LiveModel) {
  return (req: Request, res: Response) => {
    const current = model.get();
    if (!relatedColumns(current.ownership).includes(req.params.column)) {
      notFound(res);
      return;
    }
    let args: Record<string, unknown>;
    try {
      args = readRisonArgs(rawQueryOf(req.originalUrl));
    } catch (error) {
      if (error instanceof BadRisonError) {
        sendMessage(res, 400, error.message);
        return;
      }
      throw error;
    }
    const page = Number(args.page) || 0;
    let pageSize = Number(args.page_size) || DEFAULT_PAGE_SIZE;
    if (pageSize > MAX_PAGE_SIZE || pageSize < 1) {
      pageSize = MAX_PAGE_SIZE;
    }
    const users =
      req.params.column === 'roles'
        ? []
        : current.usersByFirstName.filter(u =>
            matchesFilter(
              u,
              typeof args.filter === 'string' ? args.filter : '',
            ),
          );
    const pageUsers = users.slice(page * pageSize, (page + 1) * pageSize);
    const includeIds = Array.isArray(args.include_ids)
      ? args.include_ids.map(Number)
      : [];
    for (const id of includeIds) {
      const user = current.users.get(id);
      if (user && !pageUsers.includes(user)) {
        pageUsers.push(user);
      }
    }
    sendJson(res, 200, {
      count: users.length,
      result: pageUsers.map(u => ({
        extra: { active: u.active, email: u.email },
        text: `${u.first_name} ${u.last_name}`,
        value: u.id,
      })),
    });
  };
}
