import { resolve } from 'node:path';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'electron-vite';
import type { Plugin } from 'vite';
import { contentSecurityPolicy } from './src-shared/security/csp';

/**
 * Writes the one Content-Security-Policy into index.html. The dev server needs
 * inline styles (Vite injects CSS) and a websocket for hot reload; a build gets the
 * strict policy.
 */
function contentSecurityPolicyPlugin(): Plugin {
  let isDevServer = false;
  return {
    name: 'qms-content-security-policy',
    configResolved(config) {
      isDevServer = config.command === 'serve';
    },
    transformIndexHtml(html) {
      const policy = isDevServer
        ? contentSecurityPolicy({ 'style-src': "'self' 'unsafe-inline'", 'connect-src': "'self' ws://localhost:*" })
        : contentSecurityPolicy();
      return html.replace('%QMS_CSP%', policy);
    },
  };
}

export default defineConfig({
  main: {
    build: {
      rollupOptions: {
        input: {
          index: resolve(__dirname, 'src-main/index.ts'),
          serve: resolve(__dirname, 'src-main/serve.ts'),
          cli: resolve(__dirname, 'src-main/cli.ts'),
        },
      },
    },
  },
  preload: {
    build: {
      rollupOptions: {
        input: { index: resolve(__dirname, 'src-main/preload/index.ts') },
      },
    },
  },
  renderer: {
    root: resolve(__dirname, 'src-renderer'),
    plugins: [react(), contentSecurityPolicyPlugin()],
    build: {
      minify: true,
      // Loaded from disk or loopback, never over a network: one ~880 kB bundle (React, Lexical with
      // tables, Dexie, and zod for the node schemas the editor shares with the main process) is fine.
      chunkSizeWarningLimit: 1000,
      rollupOptions: {
        input: resolve(__dirname, 'src-renderer/index.html'),
      },
    },
  },
});
