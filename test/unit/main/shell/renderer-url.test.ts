import { describe, expect, it } from 'vitest';
import { chooseRendererUrl, isLoopbackHttpUrl } from '../../../../src-main/shell/renderer-url';

const BUILT = 'file:///opt/qms/resources/app.asar/out/renderer/index.html';

describe('chooseRendererUrl: which page the trusted window loads', () => {
  it('loads the built page when no dev server is named', () => {
    expect(chooseRendererUrl({ isPackaged: false, requested: undefined, builtPage: BUILT })).toEqual({ url: BUILT });
    expect(chooseRendererUrl({ isPackaged: true, requested: '', builtPage: BUILT })).toEqual({ url: BUILT });
  });

  it('follows ELECTRON_RENDERER_URL to the loopback dev server when the program is not packaged', () => {
    expect(chooseRendererUrl({ isPackaged: false, requested: 'http://localhost:5173/', builtPage: BUILT })).toEqual({
      url: 'http://localhost:5173/',
    });
  });

  it('ignores ELECTRON_RENDERER_URL in a packaged program, even a loopback one, and says why', () => {
    const choice = chooseRendererUrl({ isPackaged: true, requested: 'http://localhost:5173/', builtPage: BUILT });
    expect(choice.url).toBe(BUILT);
    expect(choice.ignored).toMatch(/ELECTRON_RENDERER_URL.*packaged/);
  });

  it.each(['https://evil.example/', 'http://evil.example:5173/', 'file:///tmp/evil.html', 'javascript:alert(1)'])(
    'ignores a dev server address that is not loopback http even in development: %s',
    (requested) => {
      const choice = chooseRendererUrl({ isPackaged: false, requested, builtPage: BUILT });
      expect(choice.url).toBe(BUILT);
      expect(choice.ignored).toContain(requested);
    },
  );
});

describe('isLoopbackHttpUrl', () => {
  it.each([
    ['http://localhost:5173/', true],
    ['http://LOCALHOST:5173/', true],
    ['http://127.0.0.1:5173/', true],
    ['http://127.1.2.3/', true],
    ['http://[::1]:5173/', true],
    ['https://localhost:5173/', false],
    ['http://localhost.evil.example:5173/', false],
    ['http://127.0.0.1.evil.example/', false],
    ['http://user:pass@localhost:5173/', false],
    ['http://0.0.0.0:5173/', false],
    ['http://192.168.1.10:5173/', false],
    ['http://[::ffff:7f00:1]/', false],
    ['ws://localhost:5173/', false],
    ['file:///opt/qms/index.html', false],
    ['localhost:5173', false],
    ['', false],
  ])('%j -> %s', (url, expected) => {
    expect(isLoopbackHttpUrl(url)).toBe(expected);
  });
});
