import type { QmsApi } from '../../src-shared/api/client';
import type { ShellBridge } from '../../src-shared/shell/close-flush';

declare global {
  interface Window {
    /** Present only in the Electron window, put there by the preload. */
    qms?: QmsApi;
    /** The desktop window's close handshake (flush before close); Electron only. */
    qmsShell?: ShellBridge;
  }
}
