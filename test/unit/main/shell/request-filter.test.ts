import { describe, expect, it } from 'vitest';
import { isAllowedRequest, isFileUrlInFolder } from '../../../../src-main/shell/request-filter';

describe('isFileUrlInFolder: a file: URL names a file inside the built renderer folder', () => {
  describe('on Linux and macOS', () => {
    const folder = '/opt/qms/resources/app.asar/out/renderer';
    it.each([
      ['file:///opt/qms/resources/app.asar/out/renderer/index.html', true],
      ['file:///opt/qms/resources/app.asar/out/renderer/assets/index-abc.js', true],
      ['file:///opt/qms/resources/app.asar/out/renderer/assets/index.js?v=1#x', true],
      ['file:///opt/qms/resources/app.asar/out/renderer/fonts/Open%20Sans.woff2', true],
      ['file:///opt/qms/resources/app.asar/out/renderer', true],
      ['file:///etc/passwd', false],
      ['file:///home/me/.ssh/id_ed25519', false],
      ['file:///opt/qms/resources/app.asar/out/renderer/../main/index.js', false],
      ['file:///opt/qms/resources/app.asar/out/renderer/%2e%2e/main/index.js', false],
      ['file:///opt/qms/resources/app.asar/out/renderer/assets/..%2f..%2fmain/index.js', false],
      ['file:///opt/qms/resources/app.asar/out/renderer-evil/index.html', false],
      ['file:///opt/qms/resources/app.asar/out/Renderer/index.html', false],
      ['file://remote-host/opt/qms/resources/app.asar/out/renderer/index.html', false],
      ['https://evil.example/opt/qms/resources/app.asar/out/renderer/index.html', false],
      ['not a url', false],
    ])('%s -> %s', (url, expected) => {
      expect(isFileUrlInFolder(url, folder, 'linux')).toBe(expected);
    });
  });

  describe('on Windows: drive letters, case and separators compared as Windows does', () => {
    const folder = 'C:\\Program Files\\QMS Workbench\\resources\\app.asar\\out\\renderer';
    it.each([
      ['file:///C:/Program%20Files/QMS%20Workbench/resources/app.asar/out/renderer/index.html', true],
      ['file:///c:/program%20files/qms%20workbench/resources/APP.ASAR/out/renderer/assets/a.js', true],
      ['file:///C:/Program%20Files/QMS%20Workbench/resources/app.asar/out/renderer/../main/index.js', false],
      ['file:///C:/Program%20Files/QMS%20Workbench/resources/app.asar/out/renderer/assets/..%5C..%5Cmain', false],
      ['file:///C:/Program%20Files/QMS%20Workbench/resources/app.asar/out/renderer-evil/index.html', false],
      ['file:///D:/Program%20Files/QMS%20Workbench/resources/app.asar/out/renderer/index.html', false],
      ['file:///C:/Windows/System32/drivers/etc/hosts', false],
      ['file://attacker/share/renderer/index.html', false],
    ])('%s -> %s', (url, expected) => {
      expect(isFileUrlInFolder(url, folder, 'win32')).toBe(expected);
    });
  });
});

describe('isAllowedRequest: the program needs no network, only its own files', () => {
  const packaged = { rendererDir: '/opt/qms/out/renderer', devServerUrl: null, platform: 'linux' as const };
  const dev = { ...packaged, devServerUrl: 'http://localhost:5173/' };

  it.each([
    ['file:///opt/qms/out/renderer/index.html', true],
    ['file:///opt/qms/out/renderer/assets/index.css', true],
    ['devtools://devtools/bundled/inspector.html', true],
    ['file:///etc/passwd', false],
    ['file:///opt/qms/out/main/index.js', false],
    ['file:///home/me/QMS%20Projects/Harrow/documents/POL-001.json', false],
    ['https://evil.example/', false],
    ['http://localhost:5173/', false],
    ['ws://localhost:5173/', false],
  ])('built program: %s -> %s', (url, expected) => {
    expect(isAllowedRequest(url, packaged)).toBe(expected);
  });

  it.each([
    ['http://localhost:5173/', true],
    ['http://localhost:5173/src/main.tsx', true],
    ['http://localhost:5174/', false],
    ['http://evil.example/', false],
    ['file:///etc/passwd', false],
  ])('with the dev server: %s -> %s', (url, expected) => {
    expect(isAllowedRequest(url, dev)).toBe(expected);
  });
});
