import { contextBridge, ipcRenderer } from 'electron';
import { createApi, type QmsApi, type Transport } from '../../src-shared/api/client';
import { CLOSE_FLUSH_CHANNELS, type ShellBridge } from '../../src-shared/shell/close-flush';

/**
 * The only bridge between the page and the main process: one method per channel
 * of the contract, generated from it. The page never sees ipcRenderer or a channel name.
 */
const transport: Transport = (channel, request) => ipcRenderer.invoke(channel, request);
const api: QmsApi = createApi(transport);

contextBridge.exposeInMainWorld('qms', api);

// Flush before close: three fixed messages (src-shared/shell/close-flush.ts), nothing generic.
let flushHandler: (() => Promise<void>) | null = null;
ipcRenderer.on(CLOSE_FLUSH_CHANNELS.flushRequest, () => {
  void Promise.resolve()
    .then(() => flushHandler?.())
    .catch(() => undefined)
    .finally(() => ipcRenderer.send(CLOSE_FLUSH_CHANNELS.flushed));
});
const shell = {
  reportUnsavedChanges: (unsaved: boolean) => ipcRenderer.send(CLOSE_FLUSH_CHANNELS.unsaved, unsaved === true),
  onFlushRequest: (handler: () => Promise<void>) => {
    flushHandler = handler;
  },
} satisfies ShellBridge;
contextBridge.exposeInMainWorld('qmsShell', shell);
