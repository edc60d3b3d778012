import { createInterface } from 'node:readline';
import { DomainError } from '../src-shared/api/result';
import { UsageError } from './cli/args';
import { type CliContext, COMMANDS } from './cli/commands';
import { appPathsFromBuild, userDataDir } from './services/app-paths';

const USAGE = ['Usage:', ...Object.values(COMMANDS).map((command) => `  ${command.usage}`)].join('\n');

/**
 * The `qms` command line: the same services as the program, no Electron. Exit 0 on
 * success, 1 on a reported problem, 2 on wrong usage; errors on stderr, one line each.
 */
export async function runCli(argv: readonly string[], context: CliContext, err: (line: string) => void): Promise<number> {
  const [name, ...rest] = argv;
  if (!name || name === '--help' || name === '-h' || name === 'help') {
    context.out(USAGE);
    return name ? 0 : 2;
  }
  const command = COMMANDS[name];
  if (!command) {
    err(`qms: unknown command "${name}".\n${USAGE}`);
    return 2;
  }
  try {
    return await command.run(rest, context);
  } catch (error) {
    if (error instanceof UsageError) {
      err(`qms ${name}: ${error.message}\nUsage: ${command.usage}`);
      return 2;
    }
    if (error instanceof DomainError) {
      err(`qms ${name}: ${error.message}`);
      return 1;
    }
    err(`qms ${name}: unexpected error: ${(error as Error)?.message ?? String(error)}`);
    return 1;
  }
}

/** A question on the terminal; a hidden answer (a password) is not echoed. */
function askOnTerminal(question: string, hidden: boolean): Promise<string> {
  const rl = createInterface({ input: process.stdin, output: process.stderr, terminal: true });
  if (hidden) {
    // readline echoes through _writeToOutput; print the question only.
    const writable = rl as unknown as { _writeToOutput: (text: string) => void };
    writable._writeToOutput = (text: string) => {
      if (text.includes(question)) process.stderr.write(question);
    };
  }
  return new Promise((resolve) =>
    rl.question(question, (answer) => {
      rl.close();
      if (hidden) process.stderr.write('\n');
      resolve(answer);
    }),
  );
}

/** Run with this process's arguments and streams; bin/qms.cjs calls it. */
export function main(): void {
  const context: CliContext = {
    paths: appPathsFromBuild(__dirname),
    userData: userDataDir(),
    out: (text) => process.stdout.write(`${text}\n`),
    warn: (line) => process.stderr.write(`${line}\n`),
    ...(process.stdin.isTTY ? { prompt: askOnTerminal } : {}),
  };
  void runCli(process.argv.slice(2), context, (line) => process.stderr.write(`${line}\n`)).then((code) => {
    process.exitCode = code;
  });
}
