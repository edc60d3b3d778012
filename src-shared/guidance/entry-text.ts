import type { CatalogEntry } from './catalog-entries';
import { requiredKinds } from './catalog-entries';
import type { ClauseCatalog } from './catalog-schema';

/** A heading, then its points as a list, or nothing when there are none. */
function section(heading: string, points: readonly string[]): string[] {
  return points.length === 0 ? [] : ['', `${heading}:`, ...points.map((point) => `  - ${point}`)];
}

function paragraph(heading: string, text: string): string[] {
  return ['', `${heading}:`, `  ${text}`];
}

function links(catalog: ClauseCatalog, clauses: readonly string[], foundations: readonly string[] = []): string[] {
  const title = (id: string) => catalog.foundations.find((entry) => entry.id === id)?.title ?? id;
  return [
    ...(clauses.length ? ['', `Related clauses: ${clauses.join(', ')}`] : []),
    ...(foundations.length ? ['', `Rests on: ${foundations.map(title).join('; ')}`] : []),
  ];
}

/** One entry of the catalog as readable text, for `qms clauses <id>`. */
export function entryText(item: CatalogEntry, catalog: ClauseCatalog): string {
  const lines: string[] = [];
  switch (item.kind) {
    case 'clause': {
      const { entry } = item;
      lines.push(`${entry.id} ${entry.title}${entry.titleIsDescriptive ? ' (untitled in the standard)' : ''}`, '', entry.intent);
      lines.push(...section('What you have to do', entry.obligations), ...paragraph('Who is accountable', entry.accountability));
      lines.push(
        '',
        'Documented information:',
        ...(entry.documentedInformation.length
          ? entry.documentedInformation.map((info) => `  - ${info.kind}: ${info.description}`)
          : ['  - None required by this clause itself.']),
        `  ${entry.documentationAdvice}`,
      );
      lines.push(...section('What an auditor asks to see', entry.auditEvidence), ...section('Common pitfalls', entry.pitfalls));
      lines.push(...paragraph('In a small organization', entry.smallOrganizations));
      lines.push(...links(catalog, entry.relatedClauses, entry.foundations));
      lines.push(
        ...section(
          'Check yourself (true or false)',
          entry.selfCheck.map((check) => `${check.statement} [${check.answer ? 'true' : 'false'}: ${check.explanation}]`),
        ),
      );
      for (const question of entry.questions) {
        lines.push('', `Question: ${question.scenario}`);
        for (const [index, option] of question.options.entries())
          lines.push(`  ${String.fromCharCode(97 + index)}) ${option}${index === question.answer ? '  [right]' : ''}`);
        lines.push(`  ${question.explanation}`);
      }
      break;
    }
    case 'foundation':
      lines.push(item.entry.title, '', item.entry.summary, ...section('What it means', item.entry.explanation));
      lines.push(...section('In practice', item.entry.inPractice), ...links(catalog, item.entry.relatedClauses));
      break;
    case 'certification':
      lines.push(`Step ${item.entry.order}: ${item.entry.title}`, '', item.entry.summary);
      lines.push(...section('What to do', item.entry.whatToDo), ...section('Ready when', item.entry.readyWhen));
      lines.push(...section('Pitfalls', item.entry.pitfalls), ...links(catalog, item.entry.relatedClauses));
      break;
    case 'front-matter':
      lines.push(`${item.entry.id} ${item.entry.title}`, '', item.entry.summary, ...section('What it means', item.entry.meaning));
      lines.push(
        ...section('In practice', item.entry.inPractice),
        ...links(catalog, item.entry.relatedClauses, item.entry.foundations),
      );
      break;
    case 'term':
      lines.push(item.entry.term, '', item.entry.meaning, ...section('Explained', item.entry.explanation));
      lines.push(...links(catalog, item.entry.relatedClauses));
      break;
    case 'faq':
      lines.push(item.entry.question, '', item.entry.answer, ...item.entry.details.map((point) => `  - ${point}`));
      lines.push(...links(catalog, item.entry.relatedClauses));
      break;
    case 'explainer':
      lines.push(item.entry.title, '', item.entry.summary);
      for (const part of item.entry.sections) lines.push(...section(part.heading, part.points));
      lines.push(...links(catalog, item.entry.relatedClauses, item.entry.foundations));
      break;
  }
  return lines.join('\n');
}

/** One line of the catalog listing: the clause tree indented, the kinds of required information once each. */
export function entryLine(item: CatalogEntry): string {
  if (item.kind !== 'clause') return `${item.id}  ${item.title}`;
  const indent = '  '.repeat(item.id.split('.').length - 1);
  const kinds = requiredKinds(item.entry);
  return `${indent}${item.id} ${item.title}${kinds ? `  [${kinds}]` : ''}`;
}
