import { isAbsolute } from 'node:path';
import { DomainError } from '../../src-shared/api/result';

/** A folder the window names must be given from the top: a relative one would depend on where the program started. */
export function requireAbsolute(folder: string): string {
  if (!isAbsolute(folder))
    throw new DomainError(
      'invalid-request',
      `"${folder}" is not a full folder path; give it from the top, such as /home/me/QMS Projects/Acme.`,
    );
  return folder;
}
