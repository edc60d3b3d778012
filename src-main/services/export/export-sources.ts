import { DomainError } from '../../../src-shared/api/result';
import { approvedRevisions, revisionRowsFor } from '../../../src-shared/control/revision-history';
import { controlMarking, type ExportDocument, type ExportProject } from '../../../src-shared/export/export-model';
import { imageSize } from '../../../src-shared/export/image-size';
import { type DocumentMeta, type EffectiveRevision, exportSettingsOf } from '../../../src-shared/project/schema';
import type { ProjectStore } from '../project-store';
import { listSnapshots, readSnapshot } from '../revision-snapshots';
import { readHouseStyle } from './house-style';

/** What every export of the project shares: profile, paper, logo and house style, read fresh. */
export async function exportProject(store: ProjectStore): Promise<ExportProject> {
  const project = await store.getProjectFile();
  const settings = exportSettingsOf(project);
  const logo = await store.readLogo(project.organization.logo);
  let measured: ExportProject['logo'] = null;
  if (logo) {
    const data = new Uint8Array(Buffer.from(logo.base64, 'base64'));
    const size = imageSize(data);
    if (!size)
      throw new DomainError('damaged', `The logo ${project.organization.logo} cannot be measured: its image header is damaged.`);
    measured = { ...size, data };
  }
  return {
    organization: project.organization,
    reviewPeriodMonths: project.reviewPeriodMonths,
    pageSize: settings.pageSize,
    logo: measured,
    houseStylesXml: settings.houseStyle ? await readHouseStyle(store.folder, settings.houseStyle) : null,
    today: store.today(),
  };
}

async function approvalRecords(store: ProjectStore, id: string): Promise<EffectiveRevision[]> {
  const records: EffectiveRevision[] = [];
  for (const revision of await listSnapshots(store.folder, id)) {
    const snapshot = await readSnapshot(store.folder, id, revision, store.settings.revisionScheme);
    if (snapshot.ok && snapshot.value.meta.effective) records.push(snapshot.value.meta.effective);
  }
  return records;
}

/**
 * A document as it is exported: the working revision, or with `approved` the revision
 * in force from its snapshot (checked against its recorded hash). An obsolete document
 * keeps its OBSOLETE marking either way.
 */
export async function exportDocumentSource(store: ProjectStore, id: string, approved: boolean): Promise<ExportDocument> {
  const working = await store.readDocument(id);
  let meta: DocumentMeta = working.meta;
  let content = working.content;
  let source: ExportDocument['source'] = 'working';
  if (approved) {
    const effective = working.meta.effective;
    if (!effective) {
      throw new DomainError(
        'invalid-request',
        `${id} has no approved revision yet; export its working draft instead (without "approved").`,
      );
    }
    const snapshot = await readSnapshot(store.folder, id, effective.revision, store.settings.revisionScheme);
    if (!snapshot.ok) {
      throw new DomainError(
        'damaged',
        `The approved copy of ${id} revision ${effective.revision} cannot be used: ${snapshot.reason}.`,
      );
    }
    meta = { ...snapshot.value.meta, status: working.meta.status === 'obsolete' ? 'obsolete' : 'approved' };
    content = snapshot.value.content;
    source = 'approved';
  }
  const rows = approvedRevisions(await store.history(id), await approvalRecords(store, id));
  const draft = controlMarking({ meta, source }) === 'DRAFT';
  return {
    meta,
    content,
    source,
    revisions: revisionRowsFor(rows, { revision: meta.revision, changeSummary: meta.changeSummary, draft }),
  };
}
