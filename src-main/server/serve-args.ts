export interface ServeArgs {
  /** Given with --port (0 = any free port); without it, the project's last port is reused. */
  port?: number;
  project?: string;
  help: boolean;
}

export class UsageError extends Error {}

export const SERVE_USAGE = 'Usage: npm run serve -- [--port N] [--project <folder>]';

/** Reads `--port N` (0 = any free port) and `--project <dir>`; anything else is a usage error. */
export function parseServeArgs(argv: readonly string[]): ServeArgs {
  const args: ServeArgs = { help: false };
  for (let i = 0; i < argv.length; i += 1) {
    const arg = argv[i] as string;
    const [flag, inline] =
      arg.startsWith('--') && arg.includes('=')
        ? [arg.slice(0, arg.indexOf('=')), arg.slice(arg.indexOf('=') + 1)]
        : [arg, undefined];
    const value = () => {
      const next = inline ?? argv[++i];
      if (next === undefined || next === '') throw new UsageError(`${flag} needs a value.`);
      return next;
    };
    if (flag === '--help' || flag === '-h') args.help = true;
    else if (flag === '--port') {
      const raw = value();
      const port = Number(raw);
      if (!/^\d+$/.test(raw) || port > 65535)
        throw new UsageError(`--port must be a whole number from 0 to 65535, not "${raw}".`);
      args.port = port;
    } else if (flag === '--project') args.project = value();
    else throw new UsageError(`Unknown option "${arg}".`);
  }
  return args;
}
