import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  documentContent,
  field,
  guidance,
  heading,
  horizontalRule,
  list,
  listItem,
  pageBreak,
  paragraph,
  textNode,
} from '../../../../src-shared/editor/nodes';
import { newOrganization } from '../../../../src-shared/project/schema';
import {
  computeTailoring,
  TEMPLATE_SHARE_WARNING,
  tailoringSummary,
  tailoringWarnings,
  templateShare,
} from '../../../../src-shared/tailoring/tailoring';
import { compileTemplate } from '../../../../src-shared/templates/compile-template';
import { sampleMeta } from '../../../support/sample-meta';
import { TEMPLATES_DIR } from '../../../support/sample-store';

const fields = (overrides: Partial<ReturnType<typeof newOrganization>> = {}) => ({
  organization: { ...newOrganization('Acme Fire Systems Ltd'), ...overrides },
  document: sampleMeta('PRO-004'),
  project: { reviewPeriodMonths: 12 },
});

const policy = compileTemplate(readFileSync(join(TEMPLATES_DIR, 'quality-policy.md'), 'utf8')).content;

describe('tailoring figures', () => {
  it('count a fresh document from its template as all template wording, with its guidance, fields and instructions', () => {
    const figures = computeTailoring(policy, policy, fields());
    expect(figures.templateSentences).toBe(figures.sentences);
    expect(figures.sentences).toBeGreaterThan(30);
    expect(figures.guidanceBlocks).toBeGreaterThanOrEqual(2);
    expect(figures.bracketedInstructions).toBeGreaterThan(0);
    expect(templateShare(figures)).toBe(1);
  });

  it('fall as sentences are rewritten, fields filled in and guidance removed', () => {
    const template = documentContent([
      guidance([paragraph([textNode('Write what you do.')])]),
      heading('h1', [textNode('Purpose of this procedure')]),
      paragraph([
        textNode('This procedure explains how '),
        field('organization.name'),
        textNode(' controls its documents. Every document has an owner.'),
      ]),
      paragraph([textNode('Records are kept for [six years] in [the shared drive].')]),
      list('bullet', [
        listItem([textNode('The quality manager approves every procedure.')]),
        listItem([textNode('Staff read the latest issue.')]),
      ]),
    ]);
    const before = computeTailoring(template, template, fields({ qualityManager: '' }));
    expect(before).toEqual({ sentences: 5, templateSentences: 5, missingFields: 0, guidanceBlocks: 1, bracketedInstructions: 2 });

    const tailored = documentContent([
      heading('h1', [textNode('Purpose of this procedure')]),
      // Same sentence, different case and spacing: still the template's.
      paragraph([textNode('this procedure explains how  '), field('organization.name'), textNode(' controls its documents.')]),
      paragraph([textNode('Every controlled document names its owner in the ERP header.')]),
      paragraph([textNode('Records are kept for six years in SharePoint, folder QMS/Records.')]),
      list('bullet', [
        listItem([textNode('Dana Whitfield approves every procedure.')]),
        listItem([textNode('Staff read the latest issue.')]),
      ]),
      paragraph([field('organization.qualityManager')]),
    ]);
    const after = computeTailoring(tailored, template, fields({ qualityManager: '' }));
    expect(after).toEqual({ sentences: 5, templateSentences: 2, missingFields: 1, guidanceBlocks: 0, bracketedInstructions: 0 });
  });

  it('have no template share for a document not made from a template, but still count what would print badly', () => {
    const blank = documentContent([
      paragraph([textNode('Signed by '), field('organization.topManager'), textNode(' on [date].')]),
    ]);
    const figures = computeTailoring(blank, null, fields());
    expect(figures).toMatchObject({ templateSentences: null, missingFields: 1, bracketedInstructions: 1 });
    expect(templateShare(figures)).toBeNull();
  });

  it('do not count what stands inside guidance: its fields and brackets are instructions to the author', () => {
    const content = documentContent([guidance([paragraph([textNode('Replace [this] with '), field('organization.address')])])]);
    expect(computeTailoring(content, null, fields())).toMatchObject({
      guidanceBlocks: 1,
      missingFields: 0,
      bracketedInstructions: 0,
    });
  });
});

describe('tailoring warnings, as approval and qms check show them', () => {
  const base = { sentences: 40, templateSentences: 10, missingFields: 0, guidanceBlocks: 0, bracketedInstructions: 0 };

  it('say nothing about a document that reads as the organization’s own', () => {
    expect(tailoringWarnings(base)).toEqual([]);
    expect(tailoringSummary(base)).toBe('25% template');
  });

  it(`warn from ${TEMPLATE_SHARE_WARNING * 100}% template wording, and about any empty field, guidance block or instruction`, () => {
    expect(tailoringWarnings({ ...base, templateSentences: 19 })).toEqual([]);
    expect(tailoringWarnings({ ...base, templateSentences: 20 })).toEqual([
      "50% of its text is still the template's wording (20 of 40 sentences).",
    ]);
    expect(tailoringWarnings({ ...base, missingFields: 1, guidanceBlocks: 2, bracketedInstructions: 3 })).toEqual([
      '1 field has no value and would print as "[…]".',
      '2 guidance blocks are still in the document.',
      '3 [bracketed instructions] are still in the text.',
    ]);
    expect(tailoringSummary({ ...base, missingFields: 2, guidanceBlocks: 1, bracketedInstructions: 4 })).toBe(
      '25% template · 2 empty fields · 1 guidance · 4 [ ]',
    );
  });
});

describe('tailoring figures of a document with rules and page breaks', () => {
  it('count the sentences around them and nothing for the rule or the break', () => {
    const sentence = 'Every nonconformity is recorded in the log.';
    const plain = documentContent([paragraph([textNode(sentence)])]);
    const broken = documentContent([horizontalRule(), paragraph([textNode(sentence)]), pageBreak()]);
    expect(computeTailoring(broken, plain, fields())).toEqual(computeTailoring(plain, plain, fields()));
  });
});
