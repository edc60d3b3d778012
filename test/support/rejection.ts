import { expect } from 'vitest';
import { DomainError } from '../../src-shared/api/result';

/** The DomainError a refused call ends with (failing the test if it succeeds or throws anything else). */
export async function rejection(promise: Promise<unknown>): Promise<DomainError> {
  const error = await promise.then(
    () => null,
    (reason: unknown) => reason,
  );
  expect(error).toBeInstanceOf(DomainError);
  return error as DomainError;
}
