import { contextBridge, ipcRenderer } from 'electron';
import { createApi, type QmsApi, type Transport } from '../../src-shared/api/client';

/**
 * The only bridge between the page and the main process: one method per channel
 * of the contract, generated from it. The page never sees ipcRenderer or a channel name.
 */
const transport: Transport = (channel, request) => ipcRenderer.invoke(channel, request);
const api: QmsApi = createApi(transport);

contextBridge.exposeInMainWorld('qms', api);
