import type { z } from 'zod';
import { type Channel, isChannel } from '../../src-shared/api/channels';
import { type Contract, contract, type ResponseOf } from '../../src-shared/api/contract';
import { formatIssues } from '../../src-shared/api/format-issues';
import { DomainError, fail, ok, type Result } from '../../src-shared/api/result';

/** What the services provide: one function per channel, given an already validated request. */
export type Handlers = {
  [C in Channel]: (request: z.output<Contract[C]['request']>) => Promise<ResponseOf<C>>;
};

export type Dispatch = (channel: string, request: unknown) => Promise<Result<unknown>>;

/**
 * The one entry point both transports call. It validates the request, runs the
 * handler, validates the response, and turns every failure into a Result: a
 * transport never sees an exception and never adds behaviour of its own.
 */
export function createDispatcher(handlers: Handlers, logError: (error: unknown) => void = console.error): Dispatch {
  return async (channel, rawRequest) => {
    if (!isChannel(channel)) return fail('not-found', `There is no API call named "${channel}".`);
    const spec = contract[channel];
    const request = spec.request.safeParse(rawRequest);
    if (!request.success) {
      return fail('invalid-request', `Invalid request for ${channel}: ${formatIssues(request.error.issues)}`);
    }
    let value: unknown;
    try {
      value = await (handlers[channel] as (request: unknown) => Promise<unknown>)(request.data);
    } catch (error) {
      if (error instanceof DomainError) return fail(error.code, error.message);
      logError(error);
      return fail('internal', `Unexpected error in ${channel}: ${(error as Error)?.message ?? String(error)}`);
    }
    const response = spec.response.safeParse(value);
    if (!response.success) {
      logError(new Error(`${channel} produced an invalid response: ${formatIssues(response.error.issues)}`));
      return fail('internal', `${channel} produced an answer the program does not accept; nothing was shown.`);
    }
    return ok(response.data);
  };
}
