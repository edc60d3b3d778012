import { type IpcMainInvokeEvent, ipcMain } from 'electron';
import { CHANNELS } from '../../src-shared/api/channels';
import { fail } from '../../src-shared/api/result';
import type { Dispatch } from '../api/dispatcher';

/**
 * Registers each channel of the contract with ipcMain.handle, and nothing else:
 * there is no generic channel. A call from any frame but the program's own page
 * is refused before the request is even looked at.
 */
export function registerIpc(dispatch: Dispatch, isTrustedSender: (event: IpcMainInvokeEvent) => boolean): void {
  for (const channel of CHANNELS) {
    ipcMain.handle(channel, (event, request: unknown) => {
      if (!isTrustedSender(event))
        return fail('forbidden', `Refused ${channel}: the call did not come from the program's window.`);
      return dispatch(channel, request);
    });
  }
}
