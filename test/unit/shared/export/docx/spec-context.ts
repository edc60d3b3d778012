import { buildContext } from '../../../../../src-shared/export/docx/build-context';
import { ExportWarnings } from '../../../../../src-shared/export/export-warnings';
import type { DocumentMeta } from '../../../../../src-shared/project/schema';
import { TEST_PROJECT } from '../../../../support/docx-package';

/** A build context as a document export makes it, with its warnings at hand. */
export function specContext(
  overrides: { meta?: DocumentMeta | null; includeGuidance?: boolean; headingOffset?: 0 | 1; tableStyle?: string } = {},
) {
  const warnings = new ExportWarnings();
  const context = buildContext({
    documentId: 'PRO-001',
    fields: { organization: TEST_PROJECT.organization, document: overrides.meta ?? null, project: { reviewPeriodMonths: 12 } },
    warnings,
    textWidth: 9070,
    ...(overrides.includeGuidance !== undefined ? { includeGuidance: overrides.includeGuidance } : {}),
    ...(overrides.headingOffset !== undefined ? { headingOffset: overrides.headingOffset } : {}),
    ...(overrides.tableStyle !== undefined ? { tableStyle: overrides.tableStyle } : {}),
  });
  return { context, warnings };
}
