import type { Transport } from '../../../src-shared/api/client';
import { type ApiErrorCode, fail, type Result } from '../../../src-shared/api/result';

const TOKEN_HEADER = 'X-QMS-Token';

function isResult(value: unknown): value is Result<never> {
  return typeof value === 'object' && value !== null && typeof (value as { ok?: unknown }).ok === 'boolean';
}

function codeForStatus(status: number): ApiErrorCode {
  if (status === 401) return 'unauthorized';
  if (status === 403) return 'forbidden';
  if (status === 404) return 'not-found';
  if (status >= 500) return 'internal';
  return 'invalid-request';
}

/** Browser mode: each call is a POST to /api/<channel> carrying the start-up token. */
export function browserTransport(token: string, fetchImpl: typeof fetch = (...args) => fetch(...args)): Transport {
  return async (channel, request) => {
    let response: Response;
    try {
      response = await fetchImpl(`/api/${channel}`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', [TOKEN_HEADER]: token },
        body: JSON.stringify(request),
      });
    } catch {
      return fail('unavailable', 'The workbench server cannot be reached. Is `npm run serve` still running?');
    }
    const body: unknown = await response.json().catch(() => null);
    if (isResult(body)) return body;
    return fail(codeForStatus(response.status), `The workbench server answered ${response.status} ${response.statusText}.`);
  };
}
