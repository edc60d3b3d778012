import type { QmsApi } from '../../src-shared/api/client';

declare global {
  interface Window {
    /** Present only in the Electron window, put there by the preload. */
    qms?: QmsApi;
  }
}
