/**
 * Every call through the contract answers with a Result, never a thrown error, so
 * the renderer can show a problem instead of crashing on it.
 */
export const API_ERROR_CODES = [
  'invalid-request',
  /** Something would be recorded, and the user has not said who they are yet. */
  'needs-name',
  'not-found',
  'conflict',
  'damaged',
  'read-only',
  'unauthorized',
  'forbidden',
  'unavailable',
  /** The call never reached the program (browser mode's server is gone): worth retrying, nothing was refused. */
  'offline',
  'internal',
] as const;

export type ApiErrorCode = (typeof API_ERROR_CODES)[number];

export interface ApiError {
  code: ApiErrorCode;
  message: string;
}

export type Result<T> = { ok: true; value: T } | { ok: false; error: ApiError };

export function ok<T>(value: T): Result<T> {
  return { ok: true, value };
}

export function fail(code: ApiErrorCode, message: string): { ok: false; error: ApiError } {
  return { ok: false, error: { code, message } };
}

/** A typed failure the services throw; the dispatcher turns it into a Result. */
export class DomainError extends Error {
  constructor(
    readonly code: ApiErrorCode,
    message: string,
  ) {
    super(message);
    this.name = 'DomainError';
  }
}

/** HTTP status for each error code, so browser mode answers like a proper API. */
export function httpStatusFor(code: ApiErrorCode): number {
  switch (code) {
    case 'invalid-request':
      return 400;
    case 'needs-name':
      return 428;
    case 'unauthorized':
      return 401;
    case 'forbidden':
      return 403;
    case 'not-found':
      return 404;
    case 'conflict':
      return 409;
    case 'damaged':
    case 'read-only':
      return 422;
    case 'unavailable':
    case 'offline':
      return 503;
    case 'internal':
      return 500;
  }
}
