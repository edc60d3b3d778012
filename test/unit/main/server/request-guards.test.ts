import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  isAllowedHost,
  isAllowedOrigin,
  isJsonContentType,
  resolveStaticPath,
  tokensMatch,
} from '../../../../src-main/server/request-guards';

describe('request guards of browser mode', () => {
  it.each([
    ['127.0.0.1:4321', true],
    ['localhost:4321', true],
    ['LOCALHOST:4321', true],
    ['127.0.0.1:4322', false],
    ['127.0.0.1', false],
    ['evil.example:4321', false],
    ['127.0.0.1.evil.example:4321', false],
    ['[::1]:4321', false],
    ['0.0.0.0:4321', false],
    ['', false],
    [undefined, false],
  ])('Host %j allowed: %s', (host, expected) => {
    expect(isAllowedHost(host, 4321)).toBe(expected);
  });

  it.each([
    [undefined, true],
    ['http://127.0.0.1:4321', true],
    ['http://localhost:4321', true],
    ['http://127.0.0.1:9999', false],
    ['https://127.0.0.1:4321', false],
    ['http://evil.example', false],
    ['null', false],
  ])('Origin %j allowed: %s', (origin, expected) => {
    expect(isAllowedOrigin(origin, 4321)).toBe(expected);
  });

  it.each([
    ['secret-token', true],
    ['secret-tokeN', false],
    ['secret-token ', false],
    ['', false],
    [undefined, false],
  ])('token %j matches: %s', (given, expected) => {
    expect(tokensMatch(given, 'secret-token')).toBe(expected);
  });

  it.each([
    ['application/json', true],
    ['application/json; charset=utf-8', true],
    ['application/json;charset=UTF-8', true],
    ['Application/JSON', true],
    ['application/json ; charset=utf-8', true],
    ['application/jsonx', false],
    ['application/jsonx; charset=utf-8', false],
    ['application/json5', false],
    ['application/json-patch+json', false],
    ['application/json,text/plain', false],
    ['application/json text/plain', false],
    ['text/plain; application/json', false],
    ['text/plain', false],
    ['multipart/form-data', false],
    ['', false],
    [undefined, false],
  ])('Content-Type %j is JSON: %s', (header, expected) => {
    expect(isJsonContentType(header)).toBe(expected);
  });

  const root = join('/srv', 'renderer');
  it.each([
    ['/', join(root, 'index.html')],
    ['/index.html', join(root, 'index.html')],
    ['/assets/index-abc.js', join(root, 'assets', 'index-abc.js')],
    ['/../package.json', null],
    ['/assets/../../secret', null],
    ['/%2e%2e/%2e%2e/etc/passwd', null],
    ['/..%2fpackage.json', null],
    ['/assets%5c..%5c..%5csecret', null],
    ['/%00index.html', null],
    ['/%E0%A4%A', null],
  ])('static path %j resolves to %j', (urlPath, expected) => {
    expect(resolveStaticPath(root, urlPath)).toBe(expected);
  });
});
