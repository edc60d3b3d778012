import { describe, expect, it } from 'vitest';
import { parseServeArgs, UsageError } from '../../../../src-main/server/serve-args';

describe('browser mode options', () => {
  it('without options leaves the port to the project memory and opens the default project', () => {
    expect(parseServeArgs([])).toEqual({ help: false });
  });

  it('reads --port and --project in both spellings', () => {
    expect(parseServeArgs(['--port', '5173', '--project', '/work/acme'])).toEqual({
      port: 5173,
      project: '/work/acme',
      help: false,
    });
    expect(parseServeArgs(['--port=80', '--project=./acme'])).toEqual({ port: 80, project: './acme', help: false });
  });

  it.each([
    [['--port'], /--port needs a value/],
    [['--port', 'abc'], /whole number from 0 to 65535, not "abc"/],
    [['--port', '70000'], /not "70000"/],
    [['--port', '-1'], /not "-1"/],
    [['--project'], /--project needs a value/],
    [['--host', '0.0.0.0'], /Unknown option "--host"/],
    [['extra'], /Unknown option "extra"/],
  ])('refuses %j', (argv, message) => {
    expect(() => parseServeArgs(argv)).toThrow(UsageError);
    expect(() => parseServeArgs(argv)).toThrow(message);
  });
});
