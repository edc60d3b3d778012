import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadClauseCatalog } from '../../../../src-main/services/clause-catalog';
import type { ClauseCatalog } from '../../../../src-shared/guidance/catalog-schema';
import { computeCoverage } from '../../../../src-shared/guidance/coverage';
import { newOrganization } from '../../../../src-shared/project/schema';
import { TEMPLATE_IDS } from '../../../../src-shared/templates/template-ids';
import { parseTemplateSource } from '../../../../src-shared/templates/template-source';
import { REPO_ROOT } from '../../../support/paths';
import { sampleMeta } from '../../../support/sample-meta';
import { TEMPLATES_DIR } from '../../../support/sample-store';

const templates = readdirSync(TEMPLATES_DIR)
  .filter((name) => name.endsWith('.md'))
  .map((name) => parseTemplateSource(readFileSync(join(TEMPLATES_DIR, name), 'utf8')).frontMatter);

describe('the template library and the clause catalog', () => {
  let catalog: ClauseCatalog;
  beforeAll(async () => {
    catalog = await loadClauseCatalog(join(REPO_ROOT, 'resources', 'standards'));
  });

  it('hold the same templates: every id the guidance names has its file, none is “in preparation”', () => {
    expect(templates.map((t) => t.id).sort()).toEqual([...TEMPLATE_IDS].sort());
    for (const entry of catalog.clauses) {
      for (const id of entry.relatedTemplates) expect(TEMPLATE_IDS, `${entry.id} names ${id}`).toContain(id);
    }
  });

  it('agree both ways: a template listing a clause is among that clause’s templates, and back', () => {
    const byId = new Map(catalog.clauses.map((entry) => [entry.id, entry]));
    for (const template of templates) {
      for (const clause of template.clauses) {
        expect(byId.get(clause)?.relatedTemplates, `${template.id} lists ${clause}`).toContain(template.id);
      }
    }
    for (const entry of catalog.clauses) {
      for (const id of entry.relatedTemplates) {
        expect(templates.find((t) => t.id === id)?.clauses, `${entry.id} names ${id}`).toContain(entry.id);
      }
    }
  });

  it('cover every clause whose documented information is mandatory, with a document from each template', () => {
    const documents = templates.map((template, index) =>
      sampleMeta(`PRO-${String(index + 1).padStart(3, '0')}`, { clauses: [...template.clauses], template: template.id }),
    );
    const coverage = computeCoverage({
      clauses: catalog.clauses,
      documents,
      sectionClauses: {},
      notApplicable: newOrganization('Acme').notApplicable,
    });
    const mandatory = coverage.filter((item) => item.requiresDocuments);
    expect(mandatory.length).toBeGreaterThan(25);
    expect(mandatory.filter((item) => item.gap).map((item) => item.clause.id)).toEqual([]);
  });
});
