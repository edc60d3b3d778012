import { CHANNELS, type Channel, type MethodName, methodName } from './channels';
import type { RequestOf, ResponseOf } from './contract';
import type { Result } from './result';

/** How a transport carries one call; it adds no behaviour of its own. */
export type Transport = <C extends Channel>(channel: C, request: RequestOf<C>) => Promise<Result<ResponseOf<C>>>;

/** The typed API object: one method per channel, named after it (`save-document` -> `saveDocument`). */
export type QmsApi = {
  [C in Channel as MethodName<C>]: (request: RequestOf<C>) => Promise<Result<ResponseOf<C>>>;
};

export function createApi(transport: Transport): QmsApi {
  const api: Record<string, (request: unknown) => Promise<unknown>> = {};
  for (const channel of CHANNELS) {
    api[methodName(channel)] = (request) => transport(channel, request as RequestOf<typeof channel>);
  }
  return api as unknown as QmsApi;
}
