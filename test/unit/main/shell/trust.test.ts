import { describe, expect, it } from 'vitest';
import { isAppUrl } from '../../../../src-main/shell/app-url';
import { isSafeExternalUrl } from '../../../../src-main/shell/external-url';

describe('isAppUrl: the program’s own page', () => {
  const built = 'file:///opt/qms/out/renderer/index.html';
  it.each([
    ['file:///opt/qms/out/renderer/index.html', built, true],
    ['file:///opt/qms/out/renderer/index.html#section', built, true],
    ['file:///etc/passwd', built, false],
    ['file:///opt/qms/out/renderer/other.html', built, false],
    ['https://evil.example/', built, false],
    ['http://localhost:5173/', 'http://localhost:5173/', true],
    ['http://localhost:5173/deep/link', 'http://localhost:5173/', true],
    ['http://localhost:5174/', 'http://localhost:5173/', false],
    ['http://localhost.evil.example:5173/', 'http://localhost:5173/', false],
    ['not a url', built, false],
  ])('%s (app %s) -> %s', (candidate, app, expected) => {
    expect(isAppUrl(candidate, app)).toBe(expected);
  });
});

describe('isSafeExternalUrl: only web pages and e-mail leave the program', () => {
  it.each([
    ['https://www.iso.org/standard/62085.html', true],
    ['http://example.com', true],
    ['mailto:quality@harrow.example', true],
    ['file:///etc/passwd', false],
    ['javascript:alert(1)', false],
    ['data:text/html,<script>alert(1)</script>', false],
    ['vbscript:msgbox', false],
    ['smb://server/share', false],
    ['ms-msdt:/id', false],
    ['https://user:pass@evil.example', false],
    ['https://', false],
    ['mailto:', false],
    ['', false],
  ])('%j -> %s', (url, expected) => {
    expect(isSafeExternalUrl(url)).toBe(expected);
  });
});
