import type { Transport } from '../../../src-shared/api/client';
import { API_ERROR_CODES, type ApiErrorCode, fail, httpStatusFor, type Result } from '../../../src-shared/api/result';

const TOKEN_HEADER = 'X-QMS-Token';

function isResult(value: unknown): value is Result<never> {
  return typeof value === 'object' && value !== null && typeof (value as { ok?: unknown }).ok === 'boolean';
}

/** The inverse of the server's code-to-status table, for answers that carry no envelope (a proxy, a crash). */
function codeForStatus(status: number): ApiErrorCode {
  const exact = API_ERROR_CODES.find((code) => httpStatusFor(code) === status);
  if (exact) return exact;
  return status >= 500 ? 'internal' : 'invalid-request';
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
      return fail('offline', 'The workbench server cannot be reached. Is `npm run serve` still running?');
    }
    const body: unknown = await response.json().catch(() => null);
    if (isResult(body)) return body;
    return fail(codeForStatus(response.status), `The workbench server answered ${response.status} ${response.statusText}.`);
  };
}
