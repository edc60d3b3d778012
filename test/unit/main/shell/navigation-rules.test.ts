import { describe, expect, it } from 'vitest';
import { frameNavigationAction, redirectAction, windowOpenAction } from '../../../../src-main/shell/navigation-rules';

const BUILT = 'file:///opt/qms/out/renderer/index.html';
const DEV = 'http://localhost:5173/';

describe('frameNavigationAction: where a web contents may go', () => {
  it.each([
    // The program's own page stays in the window.
    [BUILT, BUILT, true, 'allow'],
    [`${BUILT}#/documents/POL-001`, BUILT, true, 'allow'],
    ['http://localhost:5173/deep/link', DEV, true, 'allow'],
    // A link to a web page or an e-mail address goes to the system, never into the window.
    ['https://www.iso.org/standard/62085.html', BUILT, true, 'open-outside'],
    ['mailto:quality@harrow.example', BUILT, true, 'open-outside'],
    ['http://localhost:5173/', BUILT, true, 'open-outside'],
    // Anything else is refused outright.
    ['file:///etc/passwd', BUILT, true, 'refuse'],
    ['file:///opt/qms/out/renderer/other.html', BUILT, true, 'refuse'],
    ['javascript:alert(1)', BUILT, true, 'refuse'],
    ['data:text/html,<script>alert(1)</script>', BUILT, true, 'refuse'],
    ['smb://server/share', BUILT, true, 'refuse'],
    ['https://user:pass@evil.example/', BUILT, true, 'refuse'],
    ['http://localhost:5174/', DEV, true, 'open-outside'],
    ['', BUILT, true, 'refuse'],
  ])('main frame: %j (app %s) -> %s', (url, appUrl, isMainFrame, expected) => {
    expect(frameNavigationAction(url, appUrl, isMainFrame)).toBe(expected);
  });

  it.each([
    [BUILT, 'allow'],
    ['https://www.iso.org/', 'refuse'],
    ['mailto:quality@harrow.example', 'refuse'],
    ['file:///etc/passwd', 'refuse'],
  ])('a subframe never sends anything outside: %j -> %s', (url, expected) => {
    expect(frameNavigationAction(url, BUILT, false)).toBe(expected);
  });
});

describe('redirectAction: a redirect may only land on the program’s own page', () => {
  it.each([
    [BUILT, BUILT, 'allow'],
    ['https://www.iso.org/', BUILT, 'refuse'],
    ['file:///etc/passwd', BUILT, 'refuse'],
    ['http://localhost:5173/x', DEV, 'allow'],
    ['http://evil.example/', DEV, 'refuse'],
  ])('%j (app %s) -> %s', (url, appUrl, expected) => {
    expect(redirectAction(url, appUrl)).toBe(expected);
  });
});

describe('windowOpenAction: no new windows, ever', () => {
  it.each([
    ['https://www.iso.org/', 'open-outside'],
    ['mailto:quality@harrow.example', 'open-outside'],
    [BUILT, 'refuse'],
    ['about:blank', 'refuse'],
    ['file:///etc/passwd', 'refuse'],
    ['javascript:alert(1)', 'refuse'],
    ['ms-msdt:/id', 'refuse'],
  ])('%j -> %s', (url, expected) => {
    expect(windowOpenAction(url)).toBe(expected);
  });
});
