import { DomainError } from '../../../src-shared/api/result';
import { approvedRevisions, revisionRowsFor } from '../../../src-shared/control/revision-history';
import { controlMarking, type ExportDocument, type ExportProject } from '../../../src-shared/export/export-model';
import { imageSize } from '../../../src-shared/export/image-size';
import { type DocumentMeta, type EffectiveRevision, exportSettingsOf } from '../../../src-shared/project/schema';
import { readApprovedCopy } from '../approved-copy';
import type { ProjectStore } from '../project-store';
import { listSnapshots, readSnapshot } from '../revision-snapshots';
import { readHouseStyle } from './house-style';

/** The profile's logo, measured; a logo that cannot be used is left out and reported. */
async function exportLogo(store: ProjectStore, path: string | null, warnings: string[]): Promise<ExportProject['logo']> {
  if (!path) return null;
  try {
    const logo = await store.readLogoBytes(path);
    if (!logo) return null;
    const size = imageSize(logo.bytes);
    if (size) return { ...size, data: logo.bytes };
    warnings.push(`The logo ${path} cannot be measured (its image header is damaged), so the export has no logo.`);
  } catch (error) {
    warnings.push(`${(error as Error).message} The export has no logo.`);
  }
  return null;
}

/** The house style's styles; one that cannot be read is left out and reported. */
async function exportHouseStyle(store: ProjectStore, path: string | null, warnings: string[]): Promise<string | null> {
  if (!path) return null;
  try {
    return await readHouseStyle(store.folder, path);
  } catch (error) {
    warnings.push(`${(error as Error).message} The export uses the built-in styles.`);
    return null;
  }
}

/**
 * What every export of the project shares: profile, paper, logo and house style, read
 * fresh. An asset the profile names but that cannot be used does not stop the export:
 * it is left out and the warnings say so, with its path and why.
 */
export async function exportProject(store: ProjectStore): Promise<{ project: ExportProject; warnings: string[] }> {
  const file = await store.getProjectFile();
  const settings = exportSettingsOf(file);
  const warnings: string[] = [];
  const project: ExportProject = {
    organization: file.organization,
    reviewPeriodMonths: file.reviewPeriodMonths,
    pageSize: settings.pageSize,
    logo: await exportLogo(store, file.organization.logo, warnings),
    houseStylesXml: await exportHouseStyle(store, settings.houseStyle, warnings),
    today: store.today(),
  };
  return { project, warnings };
}

const unsnapshotted = (id: string, revision: string) =>
  `${id} revision ${revision} was approved before approved copies were kept, and a later revision has been started since: its text is no longer in the project.`;

/**
 * A document as the manual takes it: its revision in force, or its draft (marked DRAFT)
 * when it was never approved, or when the revision in force predates snapshots and a new
 * revision has been started since; the warning says which.
 */
export async function manualDocumentSource(
  store: ProjectStore,
  id: string,
): Promise<{ document: ExportDocument; warning: string | null }> {
  const { meta } = await store.readDocument(id);
  const effective = meta.effective;
  if (!effective) {
    return {
      document: await exportDocumentSource(store, id, false),
      warning: `${id}: never approved, so it is in the manual as its draft revision ${meta.revision}, marked DRAFT.`,
    };
  }
  if (effective.contentHash === null && meta.revision !== effective.revision) {
    return {
      document: await exportDocumentSource(store, id, false),
      warning: `${unsnapshotted(id, effective.revision)} The manual has its draft revision ${meta.revision}, marked DRAFT.`,
    };
  }
  return { document: await exportDocumentSource(store, id, true), warning: null };
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
    if (effective.contentHash === null) {
      // Approved before snapshots were kept: the working file is that revision until a new one is started.
      if (working.meta.revision !== effective.revision) throw new DomainError('not-found', unsnapshotted(id, effective.revision));
    } else {
      // Hash-checked against the snapshot and the approval record, as everywhere an approved copy is read.
      const snapshot = await readApprovedCopy(store.folder, store.settings.revisionScheme, working.meta, effective.revision);
      meta = { ...snapshot.meta, status: working.meta.status === 'obsolete' ? 'obsolete' : 'approved' };
      content = snapshot.content;
    }
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
