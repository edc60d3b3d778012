import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import { REPO_ROOT } from '../../../support/paths';

/**
 * A test that starts a process must say how long it may take: starting `qms` or Node takes
 * seconds on a busy two-core machine, and vitest's 5 s default then fails it by chance.
 * This reads the test sources and names every test that starts a process (directly or
 * through a helper in test/support) without a timeout of its own or of its describe block.
 */
const TEST_ROOT = join(REPO_ROOT, 'test');
const STARTS_PROCESSES = /from '(node:)?child_process'/;

function filesUnder(dir: string, pattern: RegExp): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return filesUnder(path, pattern);
    return pattern.test(entry.name) ? [path] : [];
  });
}

const spawningHelpers = new Set(
  filesUnder(join(TEST_ROOT, 'support'), /\.tsx?$/).filter((file) => STARTS_PROCESSES.test(readFileSync(file, 'utf8'))),
);

/** Whether a test file starts processes itself or imports a helper that does. */
function startsProcesses(file: string, source: ts.SourceFile): boolean {
  if (STARTS_PROCESSES.test(source.text)) return true;
  return source.statements.some((statement) => {
    if (!ts.isImportDeclaration(statement) || !ts.isStringLiteral(statement.moduleSpecifier)) return false;
    const target = resolve(dirname(file), statement.moduleSpecifier.text);
    return spawningHelpers.has(`${target}.ts`) || spawningHelpers.has(`${target}.tsx`);
  });
}

/** it, it.each(…), test.skipIf(…), describe.only: the name the call starts from. */
function baseName(callee: ts.Expression): string | null {
  let node = callee;
  while (true) {
    if (ts.isIdentifier(node)) return node.text;
    if (ts.isPropertyAccessExpression(node) || ts.isCallExpression(node)) node = node.expression;
    else return null;
  }
}

/** A timeout given as a number (or a constant) or as `{ timeout }` among the options. */
function hasTimeout(call: ts.CallExpression): boolean {
  return call.arguments.slice(1).some((argument) => {
    if (ts.isNumericLiteral(argument)) return true;
    if (ts.isIdentifier(argument)) return /TIMEOUT/i.test(argument.text);
    return (
      ts.isObjectLiteralExpression(argument) &&
      argument.properties.some((property) => property.name !== undefined && property.name.getText() === 'timeout')
    );
  });
}

function testsWithoutTimeout(file: string, source: ts.SourceFile): string[] {
  const missing: string[] = [];
  const visit = (node: ts.Node, coveredByDescribe: boolean) => {
    let covered = coveredByDescribe;
    if (ts.isCallExpression(node)) {
      const name = baseName(node.expression);
      if (name === 'describe') covered ||= hasTimeout(node);
      if ((name === 'it' || name === 'test') && !covered && !hasTimeout(node)) {
        const { line } = source.getLineAndCharacterOfPosition(node.getStart());
        const title = node.arguments[0] && ts.isStringLiteralLike(node.arguments[0]) ? node.arguments[0].text : '(untitled)';
        missing.push(`${relative(REPO_ROOT, file)}:${line + 1} ${title}`);
      }
    }
    node.forEachChild((child) => visit(child, covered));
  };
  visit(source, false);
  return missing;
}

describe('tests that start a process', () => {
  const files = filesUnder(join(TEST_ROOT, 'unit'), /\.test\.tsx?$/).map((file) => ({
    file,
    source: ts.createSourceFile(file, readFileSync(file, 'utf8'), ts.ScriptTarget.Latest, true),
  }));
  const spawning = files.filter(({ file, source }) => startsProcesses(file, source));

  it('are found, directly and through the helpers in test/support', () => {
    expect(spawning.map(({ file }) => relative(TEST_ROOT, file))).toEqual(
      expect.arrayContaining([
        'unit/main/cli/qms-cli.test.ts',
        'unit/main/scripts/launchers.test.ts',
        'unit/main/services/crash-safety.test.ts',
        'unit/main/services/project-lock.test.ts',
      ]),
    );
  });

  it('each have an explicit timeout, their own or their describe block’s', () => {
    expect(spawning.flatMap(({ file, source }) => testsWithoutTimeout(file, source))).toEqual([]);
  });
});
