import { z } from 'zod';
import { SupersetApiError } from '../errors';
import { parseBody, SchemaMismatch } from '../schemas/parseBody';
import { RequestBudget } from './RequestBudget';
import { Transport } from './transport';
import { HttpRequest, HttpResponse } from './types';
import { RetryContext, withRetries } from './withRetries';

/** A request before the per-attempt timeout is resolved: callers may override the instance default. */
export type RunnableRequest = Omit<HttpRequest, 'timeoutMs'> & {
  timeoutMs?: number;
};

/**
 * Transport plus retries plus schema checks: sends a request with the instance's timeout and retry
 * policy, and validates answers. Knows nothing about tokens.
 */
export class RequestRunner {
  constructor(
    private readonly transport: Transport,
    private readonly retry: RetryContext,
    private readonly defaultTimeoutMs: number,
    /** Spaces every attempt, retries included, by the instance's request rate. */
    private readonly budget?: RequestBudget,
  ) {}

  send(request: RunnableRequest): Promise<HttpResponse> {
    const attempt: HttpRequest = {
      ...request,
      timeoutMs: request.timeoutMs ?? this.defaultTimeoutMs,
    };
    const aborted = () =>
      this.transport.error(request, {
        kind: 'aborted',
        supersetMessage: 'the caller cancelled the request',
      });
    return withRetries(
      async () => {
        await this.budget?.take(request.signal, aborted);
        return this.transport.send(attempt);
      },
      this.retry,
      request.signal,
      aborted,
    );
  }

  /** The body of `response` checked against `schema`, or an invalid-response error naming the field. */
  parse<S extends z.ZodType>(
    schema: S,
    response: HttpResponse,
    request: Pick<HttpRequest, 'method' | 'path'>,
  ): z.output<S> {
    try {
      return parseBody(schema, response.body);
    } catch (error) {
      if (error instanceof SchemaMismatch) {
        throw this.transport.error(request, {
          kind: 'invalid-response',
          status: response.status,
          supersetMessage: error.message,
        });
      }
      throw error;
    }
  }

  /** An error about `request` (for checks the client makes on top of the schemas). */
  error(
    request: Pick<HttpRequest, 'method' | 'path'>,
    details: Omit<
      ConstructorParameters<typeof SupersetApiError>[0],
      'instanceId' | 'method' | 'path'
    >,
  ): SupersetApiError {
    return this.transport.error(request, details);
  }
}
