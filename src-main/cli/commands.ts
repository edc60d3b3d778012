import { userInfo } from 'node:os';
import { join } from 'node:path';
import { DomainError } from '../../src-shared/api/result';
import { masterList } from '../../src-shared/control/master-list';
import { isRevisionScheme } from '../../src-shared/control/revision';
import { catalogEntries, findCatalogEntry, KIND_LABELS } from '../../src-shared/guidance/catalog-entries';
import { CATALOG_KINDS, type CatalogKind } from '../../src-shared/guidance/catalog-schema';
import { entryLine, entryText } from '../../src-shared/guidance/entry-text';
import { buildQuiz, isQuizPreset, QUIZ_PRESET_IDS, type QuizDefinition, quizChoiceSchema } from '../../src-shared/guidance/quiz';
import { quizText } from '../../src-shared/guidance/quiz-text';
import { DOCUMENT_STATUS_LABELS, DOCUMENT_STATUSES, type DocumentStatus } from '../../src-shared/project/document-status';
import { DOCUMENT_TYPE_LABELS } from '../../src-shared/project/document-types';
import { isIsoDate } from '../../src-shared/project/iso-date';
import { nameProblem } from '../../src-shared/project/person-name';
import { documentIdSchema, PROJECT_TEMPLATES_DIR } from '../../src-shared/project/schema';
import { tailoringWarnings } from '../../src-shared/tailoring/tailoring';
import type { AppPaths } from '../services/app-paths';
import { loadClauseCatalog } from '../services/clause-catalog';
import { writeExportFile } from '../services/export/export-file';
import { exportDocumentFile, exportManualFile, exportRegisterFile } from '../services/export/export-service';
import { projectLog } from '../services/git/version-history';
import { checkProject } from '../services/project-check';
import { createProject } from '../services/project-create';
import { ProjectStore } from '../services/project-store';
import { readSettings } from '../services/settings';
import { TemplateLibrary } from '../services/template-library';
import { expectPositionals, flagValue, type ParsedArgs, parseArgs, UsageError } from './args';
import { cloneCommand, isProjectFolder, type SyncCommandContext, syncCommand } from './sync-command';
import { formatTable } from './table';

export interface CliContext extends Pick<SyncCommandContext, 'prompt'> {
  paths: AppPaths;
  userData: string;
  out: (text: string) => void;
  /** Warnings that do not stop the command (stderr). */
  warn?: (line: string) => void;
  today?: () => string;
}

type Command = (argv: readonly string[], context: CliContext) => Promise<number>;

const userTemplatesDir = (context: CliContext) => async () =>
  (await readSettings(context.userData)).settings.userTemplatesDir ?? null;

async function openStore(dir: string, context: CliContext, readOnly: boolean): Promise<ProjectStore> {
  return ProjectStore.open(dir, {
    program: 'the qms command line',
    templatesDir: context.paths.templates,
    userTemplatesDir: userTemplatesDir(context),
    readOnly,
    ...(context.today ? { today: context.today } : {}),
  });
}

/** A name given on the command line, trimmed, under the rule for names (src-shared/project/person-name). */
function nameFlag(flag: string, value: string): string {
  const name = value.trim();
  if (!name) throw new UsageError(`--${flag} may not be empty.`);
  const problem = nameProblem(name, `--${flag}`);
  if (problem) throw new UsageError(`${problem}.`);
  return name;
}

/** Who is acting: --by, else the name set in the program, else the login name. */
async function actor(explicit: string | undefined, context: CliContext): Promise<string> {
  if (explicit !== undefined) return nameFlag('by', explicit);
  return (await readSettings(context.userData)).settings.userName ?? userInfo().username;
}

async function withStore<T>(store: ProjectStore, work: (store: ProjectStore) => Promise<T>): Promise<T> {
  try {
    return await work(store);
  } finally {
    await store.close();
  }
}

const json = (value: unknown) => JSON.stringify(value, null, 2);

type ExportRequest =
  | { kind: 'document'; id: string; approved: boolean; includeGuidance: boolean }
  | { kind: 'manual'; ids: string[] | undefined }
  | { kind: 'register' };

/** Exactly one of --doc, --manual and --register, with only the options that go with it. */
function exportRequest(args: ParsedArgs): ExportRequest {
  const doc = flagValue(args, 'doc');
  const kinds = [doc !== undefined, args.flags.has('manual'), args.flags.has('register')].filter(Boolean).length;
  if (kinds !== 1) throw new UsageError('Give exactly one of --doc <docId>, --manual or --register.');
  const only = (flag: string, kind: string) => {
    if (args.flags.has(flag)) throw new UsageError(`--${flag} goes with ${kind} only.`);
  };
  if (doc !== undefined) {
    if (!documentIdSchema.safeParse(doc).success) throw new UsageError(`"${doc}" is not a document number such as PRO-001.`);
    only('docs', '--manual');
    return {
      kind: 'document',
      id: doc,
      approved: args.flags.has('approved'),
      includeGuidance: args.flags.has('include-guidance'),
    };
  }
  only('approved', '--doc');
  only('include-guidance', '--doc');
  if (args.flags.has('register')) {
    only('docs', '--manual');
    return { kind: 'register' };
  }
  const docs = flagValue(args, 'docs');
  const ids = docs?.split(',').map((id) => id.trim());
  for (const id of ids ?? []) {
    if (!documentIdSchema.safeParse(id).success)
      throw new UsageError(`"${id}" in --docs is not a document number such as PRO-001.`);
  }
  return { kind: 'manual', ids };
}

export const COMMANDS: Record<string, { usage: string; run: Command }> = {
  templates: {
    usage: 'qms templates [--project <dir>] [--json]',
    run: async (argv, context) => {
      const args = parseArgs(argv, { values: ['project'], switches: ['json'] });
      expectPositionals(args, []);
      const project = flagValue(args, 'project');
      const userDir = await userTemplatesDir(context)();
      const library = new TemplateLibrary(async () => [
        { source: 'built-in', dir: context.paths.templates },
        ...(project ? [{ source: 'project' as const, dir: join(project, PROJECT_TEMPLATES_DIR) }] : []),
        ...(userDir ? [{ source: 'user' as const, dir: userDir }] : []),
      ]);
      const { templates, problems } = await library.list();
      for (const problem of problems) context.warn?.(`skipped ${problem.file}: ${problem.reason}`);
      if (args.flags.has('json'))
        context.out(json(templates.map((template) => ({ ...template.frontMatter, source: template.source }))));
      else
        for (const { frontMatter: template, source } of templates)
          context.out(
            `${template.id}  ${template.title} (${DOCUMENT_TYPE_LABELS[template.documentType]}; clauses ${template.clauses.join(', ')})${source === 'built-in' ? '' : ` [${source}]`}`,
          );
      return 0;
    },
  },
  clauses: {
    usage: `qms clauses [<id>] [--kind ${CATALOG_KINDS.join('|')}] [--json] [--standard <id>]`,
    run: async (argv, context) => {
      const args = parseArgs(argv, { values: ['standard', 'kind'], switches: ['json'] });
      if (args.positionals.length > 1) throw new UsageError(`Unexpected argument "${args.positionals[1]}".`);
      const kind = flagValue(args, 'kind');
      if (kind !== undefined && !(CATALOG_KINDS as readonly string[]).includes(kind))
        throw new UsageError(`--kind must be one of ${CATALOG_KINDS.join(', ')}, not "${kind}".`);
      const catalog = await loadClauseCatalog(join(context.paths.resources, 'standards'), flagValue(args, 'standard'));
      const [id] = args.positionals;
      if (id !== undefined) {
        const found = findCatalogEntry(catalog, id);
        if (!found) throw new DomainError('not-found', `The catalog has no entry "${id}". Run qms clauses to list them.`);
        context.out(args.flags.has('json') ? json({ kind: found.kind, ...found.entry }) : entryText(found, catalog));
        return 0;
      }
      const entries = catalogEntries(catalog).filter((item) => kind === undefined || item.kind === kind);
      if (args.flags.has('json')) {
        context.out(json(entries.map((item) => ({ kind: item.kind, ...item.entry }))));
        return 0;
      }
      context.out(`${catalog.standard.title} (${catalog.standard.amendments.join('; ')})`);
      let shown: CatalogKind | null = null;
      for (const item of entries) {
        if (item.kind !== shown) {
          context.out(`\n${KIND_LABELS[item.kind]}`);
          shown = item.kind;
        }
        context.out(entryLine(item));
      }
      return 0;
    },
  },
  quiz: {
    usage: `qms quiz (--preset ${QUIZ_PRESET_IDS.join('|')} | --clauses <id,id,...>) [--json]`,
    run: async (argv, context) => {
      const args = parseArgs(argv, { values: ['preset', 'clauses'], switches: ['json'] });
      expectPositionals(args, []);
      const preset = flagValue(args, 'preset');
      const clauses = flagValue(args, 'clauses');
      if ((preset === undefined) === (clauses === undefined)) throw new UsageError('Give exactly one of --preset and --clauses.');
      if (preset !== undefined && !isQuizPreset(preset))
        throw new UsageError(`--preset must be one of ${QUIZ_PRESET_IDS.join(', ')}, not "${preset}".`);
      const choice = quizChoiceSchema.safeParse(
        preset !== undefined ? { preset } : { clauses: (clauses ?? '').split(',').map((id) => id.trim()) },
      );
      if (!choice.success) throw new UsageError(`--clauses takes clause numbers separated by commas, such as 7.3,5.2.`);
      const catalog = await loadClauseCatalog(join(context.paths.resources, 'standards'));
      let quiz: QuizDefinition;
      try {
        quiz = buildQuiz(catalog, choice.data);
      } catch (error) {
        throw new DomainError('not-found', (error as Error).message);
      }
      if (quiz.items.length === 0)
        throw new DomainError('not-found', `The catalog has no questions for ${quiz.clauses.join(', ')}.`);
      context.out(args.flags.has('json') ? json(quiz) : quizText(quiz));
      return 0;
    },
  },
  new: {
    usage:
      'qms new <dir> --org "<name>" [--essentials] [--git] [--by "<name>"] [--revisions numeric|decimal|letters] [--review-months N] [--json]',
    run: async (argv, context) => {
      const args = parseArgs(argv, {
        values: ['org', 'revisions', 'review-months', 'by'],
        switches: ['essentials', 'git', 'json'],
      });
      const [dir] = expectPositionals(args, ['dir']);
      const orgFlag = flagValue(args, 'org');
      if (!orgFlag) throw new UsageError('--org "<organization name>" is required.');
      const org = nameFlag('org', orgFlag);
      const scheme = flagValue(args, 'revisions') ?? 'numeric';
      if (!isRevisionScheme(scheme)) throw new UsageError(`--revisions must be numeric, decimal or letters, not "${scheme}".`);
      const monthsText = flagValue(args, 'review-months') ?? '12';
      const months = Number(monthsText);
      if (!/^\d+$/.test(monthsText) || months < 1 || months > 120)
        throw new UsageError(`--review-months must be 1 to 120, not "${monthsText}".`);
      const recorded = args.flags.has('essentials') || args.flags.has('git');
      if (!recorded && flagValue(args, 'by') !== undefined)
        throw new UsageError('--by goes with --essentials or --git: nothing else is recorded.');
      const by = recorded ? await actor(flagValue(args, 'by'), context) : '';
      const created = await createProject(dir as string, {
        organization: org,
        revisionScheme: scheme,
        reviewPeriodMonths: months,
        ...(args.flags.has('essentials') ? { essentials: { by, templatesDir: context.paths.templates } } : {}),
        ...(args.flags.has('git') ? { versionHistory: { by } } : {}),
      });
      if (args.flags.has('json')) context.out(json(created));
      else {
        context.out(`Created the project of ${org} in ${created.folder}`);
        if (created.documents.length > 0)
          context.out(`with ${created.documents.length} documents: ${created.documents.join(', ')}`);
        if (args.flags.has('git')) context.out('Its version history is kept with git.');
      }
      return 0;
    },
  },
  add: {
    usage: 'qms add <dir> --template <templateId> [--title "<title>"] [--by "<name>"] [--json]',
    run: async (argv, context) => {
      const args = parseArgs(argv, { values: ['template', 'title', 'by'], switches: ['json'] });
      const [dir] = expectPositionals(args, ['dir']);
      const templateId = flagValue(args, 'template');
      if (!templateId) throw new UsageError('--template <templateId> is required (qms templates lists them).');
      const by = await actor(flagValue(args, 'by'), context);
      const saved = await withStore(await openStore(dir as string, context, false), (store) =>
        store.createDocument({ templateId, title: flagValue(args, 'title'), by }),
      );
      context.out(args.flags.has('json') ? json(saved.meta) : saved.meta.id);
      return 0;
    },
  },
  list: {
    usage: 'qms list <dir> [--json]',
    run: async (argv, context) => {
      const args = parseArgs(argv, { switches: ['json'] });
      const [dir] = expectPositionals(args, ['dir']);
      const { rows, damaged } = await withStore(await openStore(dir as string, context, true), async (store) => {
        const project = await store.getProject();
        return { rows: masterList(project.documents, project.today), damaged: project.damaged };
      });
      if (args.flags.has('json')) {
        context.out(json(rows));
        return 0;
      }
      context.out(
        formatTable(
          ['ID', 'Title', 'Type', 'Status', 'Rev', 'Owner', 'Effective', 'Next review'],
          rows.map((row) => [
            row.id,
            row.title,
            DOCUMENT_TYPE_LABELS[row.type],
            DOCUMENT_STATUS_LABELS[row.status],
            row.effectiveRevision && row.effectiveRevision !== row.revision
              ? `${row.revision} (${row.effectiveRevision} in force)`
              : row.revision,
            row.owner,
            row.effectiveDate ?? '-',
            row.nextReviewDate ? `${row.nextReviewDate}${row.reviewOverdue ? ' OVERDUE' : ''}` : '-',
          ]),
        ),
      );
      for (const file of damaged) context.out(`Damaged: ${file.file}: ${file.reason}`);
      return 0;
    },
  },
  status: {
    usage:
      'qms status <dir> <docId> <draft|in-review|approved|obsolete> [--by "<name>"] [--note "<text>"] [--next-review YYYY-MM-DD] [--json]',
    run: async (argv, context) => {
      const args = parseArgs(argv, { values: ['by', 'note', 'next-review'], switches: ['json'] });
      const [dir, id, to] = expectPositionals(args, ['dir', 'docId', 'status']) as [string, string, string];
      if (!documentIdSchema.safeParse(id).success) throw new UsageError(`"${id}" is not a document number such as PRO-001.`);
      if (!(DOCUMENT_STATUSES as readonly string[]).includes(to)) {
        throw new UsageError(`"${to}" is not a status; use ${DOCUMENT_STATUSES.join(', ')}.`);
      }
      const nextReview = flagValue(args, 'next-review');
      if (nextReview !== undefined && !isIsoDate(nextReview))
        throw new UsageError(`--next-review must be a date as YYYY-MM-DD, not "${nextReview}".`);
      const explicitBy = flagValue(args, 'by');
      if (to === 'approved' && explicitBy === undefined && !(await readSettings(context.userData)).settings.userName) {
        throw new DomainError('invalid-request', 'Approval needs the approver’s name: add --by "<name>".');
      }
      const by = await actor(explicitBy, context);
      const saved = await withStore(await openStore(dir, context, false), (store) =>
        store.changeStatus(id, { to: to as DocumentStatus, by, note: flagValue(args, 'note'), nextReviewDate: nextReview }),
      );
      const meta = saved.meta;
      if (meta.status === 'approved') {
        const untailored = tailoringWarnings(saved.tailoring);
        if (untailored.length > 0)
          context.warn?.(`warning: ${meta.id} was approved with untailored text: ${untailored.join(' ')}`);
      }
      context.out(
        args.flags.has('json')
          ? json(meta)
          : `${meta.id} is now ${DOCUMENT_STATUS_LABELS[meta.status].toLowerCase()} at revision ${meta.revision}${
              meta.status === 'approved' ? ` (approved by ${meta.effective?.approvedBy}; next review ${meta.nextReviewDate})` : ''
            }`,
      );
      return 0;
    },
  },
  'start-history': {
    usage: 'qms start-history <dir> [--by <name>] [--json]',
    run: async (argv, context) => {
      const args = parseArgs(argv, { values: ['by'], switches: ['json'] });
      const [dir] = expectPositionals(args, ['dir']) as [string];
      const by = await actor(flagValue(args, 'by'), context);
      const started = await withStore(await openStore(dir, context, false), (store) => store.enableVersionHistory(by));
      context.out(
        args.flags.has('json') ? json(started) : `${dir} now keeps its version history with git (first commit by ${by}).`,
      );
      return 0;
    },
  },
  'keep-drafts': {
    usage: 'qms keep-drafts <dir> [--by <name>] [--json]',
    run: async (argv, context) => {
      const args = parseArgs(argv, { values: ['by'], switches: ['json'] });
      const [dir] = expectPositionals(args, ['dir']) as [string];
      const by = await actor(flagValue(args, 'by'), context);
      const kept = await withStore(await openStore(dir, context, false), (store) => store.keepDrafts(by));
      context.out(
        args.flags.has('json')
          ? json(kept)
          : kept.files === 0
            ? 'Nothing has changed since the last version.'
            : `Kept a version of ${kept.files === 1 ? '1 changed file' : `${kept.files} changed files`}${kept.documents.length > 0 ? ` (${kept.documents.join(', ')})` : ''}, by ${by}.`,
      );
      return 0;
    },
  },
  sync: {
    usage: 'qms sync <dir> [--remote <url>] [--by <name>] [--choose <docId>=mine|theirs|both,…] [--json]',
    run: async (argv, context) => {
      const args = parseArgs(argv, { values: ['remote', 'by', 'choose'], switches: ['json'] });
      const [dir] = expectPositionals(args, ['dir']) as [string];
      const remote = flagValue(args, 'remote');
      // A folder with no project yet, and an address: the first copy on this machine.
      if (remote !== undefined && !(await isProjectFolder(dir)))
        return cloneCommand(dir, remote, context, args.flags.has('json'));
      const by = await actor(flagValue(args, 'by'), context);
      return withStore(await openStore(dir, context, false), (store) => syncCommand(store, args, by, context));
    },
  },
  log: {
    usage: 'qms log <dir> [<docId>] [--json]',
    run: async (argv, context) => {
      const args = parseArgs(argv, { switches: ['json'] });
      if (args.positionals.length === 0) throw new UsageError('Missing <dir>.');
      if (args.positionals.length > 2) throw new UsageError(`Unexpected argument "${args.positionals[2]}".`);
      const [dir, id] = args.positionals as [string, string | undefined];
      if (id !== undefined && !documentIdSchema.safeParse(id).success)
        throw new UsageError(`"${id}" is not a document number such as PRO-001.`);
      // Opened read-only, as a check that it is a project: the log never needs the lock.
      const commits = await withStore(await openStore(dir, context, true), (store) => projectLog(store.folder, id));
      if (args.flags.has('json')) {
        context.out(json(commits));
        return 0;
      }
      for (const commit of commits) {
        const [subject, ...body] = commit.message.split('\n');
        context.out(`${commit.date.slice(0, 19).replace('T', ' ')}Z  ${commit.author}  ${subject}`);
        for (const line of body) if (line.trim()) context.out(`    ${line}`);
      }
      return 0;
    },
  },
  export: {
    usage:
      'qms export <dir> (--doc <docId> [--approved] [--include-guidance] | --manual [--docs A,B,C] | --register) --out <file.docx|file.csv> [--json]',
    run: async (argv, context) => {
      const args = parseArgs(argv, {
        values: ['doc', 'docs', 'out'],
        switches: ['approved', 'include-guidance', 'manual', 'register', 'json'],
      });
      const [dir] = expectPositionals(args, ['dir']);
      const request = exportRequest(args);
      const out = flagValue(args, 'out');
      if (!out) throw new UsageError('--out <file> is required.');
      const extension = /\.(docx|csv)$/i.exec(out)?.[1]?.toLowerCase();
      if (!extension || (extension === 'csv' && request.kind !== 'register'))
        throw new UsageError(request.kind === 'register' ? '--out must end in .docx or .csv.' : '--out must end in .docx.');
      const exported = await withStore(await openStore(dir as string, context, true), (store) =>
        request.kind === 'document'
          ? exportDocumentFile(store, request)
          : request.kind === 'manual'
            ? exportManualFile(store, request)
            : exportRegisterFile(store, extension as 'docx' | 'csv'),
      );
      const written = await writeExportFile(out, exported.bytes);
      for (const warning of exported.warnings) context.warn?.(`warning: ${warning}`);
      context.out(
        args.flags.has('json')
          ? json({ file: written, bytes: exported.bytes.length, documents: exported.documents, warnings: exported.warnings })
          : `Wrote ${written} (${exported.documents} document${exported.documents === 1 ? '' : 's'}, ${Math.ceil(exported.bytes.length / 1024)} KB)`,
      );
      return 0;
    },
  },
  check: {
    usage: 'qms check <dir> [--json]',
    run: async (argv, context) => {
      const args = parseArgs(argv, { switches: ['json'] });
      const [dir] = expectPositionals(args, ['dir']);
      const catalog = await loadClauseCatalog(join(context.paths.resources, 'standards'));
      const report = await withStore(await openStore(dir as string, context, true), (store) => checkProject(store, catalog));
      if (args.flags.has('json')) context.out(json({ ok: report.errors.length === 0, ...report }));
      else {
        for (const finding of report.errors) context.out(`error: ${finding.message}`);
        for (const finding of report.warnings) context.out(`warning: ${finding.message}`);
        const count = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;
        context.out(`${count(report.errors.length, 'error')}, ${count(report.warnings.length, 'warning')}`);
      }
      return report.errors.length > 0 ? 1 : 0;
    },
  },
};
