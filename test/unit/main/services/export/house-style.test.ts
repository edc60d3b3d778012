import { existsSync } from 'node:fs';
import { readdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { Document, Packer, Paragraph } from 'docx';
import { strToU8, unzipSync, zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { exportDocumentFile } from '../../../../../src-main/services/export/export-service';
import type { ProjectStore } from '../../../../../src-main/services/project-store';
import { profileOf } from '../../../../../src-shared/project/profile-rules';
import type { ExportSettings } from '../../../../../src-shared/project/schema';
import { readPackage, W, wAttr, wElements } from '../../../../support/docx-package';
import { openSampleStore } from '../../../../support/sample-store';
import { useTempDirs } from '../../../../support/temp-dir';

/** A client's house template as Word saves it: Heading 1 in dark red Georgia. */
async function referenceDocx(): Promise<Uint8Array> {
  return Packer.pack(
    new Document({
      styles: {
        paragraphStyles: [{ id: 'Heading1', name: 'heading 1', basedOn: 'Normal', run: { font: 'Georgia', color: '8B0000' } }],
      },
      sections: [{ children: [new Paragraph('House style')] }],
    }),
    'uint8array',
  );
}

/** The same package with its main part declared as a Word template (.dotx). */
function asTemplate(docx: Uint8Array): Uint8Array {
  const files = unzipSync(docx);
  const types = new TextDecoder().decode(files['[Content_Types].xml']).replace('document.main+xml', 'template.main+xml');
  return zipSync({ ...files, '[Content_Types].xml': strToU8(types) });
}

/** Saves the profile as it is, with these export settings, as the Profile view does. */
async function saveExportSettings(store: ProjectStore, settings: ExportSettings): Promise<string> {
  const project = await store.getProject();
  const profile = profileOf({
    organization: project.organization,
    revisionScheme: project.revisionScheme,
    reviewPeriodMonths: project.reviewPeriodMonths,
    numbering: { prefixes: project.prefixes },
    export: settings,
  });
  return store.updateProfile(profile, project.projectVersion);
}

describe('the house style', { timeout: 60_000 }, () => {
  const tempDir = useTempDirs();

  it('stores a reference Word document, and every export takes on its styles once the profile names it', async () => {
    const { dir, store } = await openSampleStore(await tempDir());
    try {
      const path = await store.importHouseStyle('Client template.docx', await referenceDocx());
      expect(path).toBe('assets/house-style.docx');
      await saveExportSettings(store, { pageSize: 'Letter', houseStyle: path });
      expect((await store.getProject()).export).toEqual({ pageSize: 'Letter', houseStyle: 'assets/house-style.docx' });

      const pkg = readPackage(
        (await exportDocumentFile(store, { id: 'POL-001', approved: false, includeGuidance: false })).bytes,
      );
      const heading1 = wElements(pkg.xml('word/styles.xml'), 'style').find((s) => s.getAttributeNS(W, 'styleId') === 'Heading1');
      expect(wAttr(wElements(heading1 as never, 'color')[0], 'val')).toBe('8B0000');
      expect(wElements(pkg.xml('word/document.xml'), 'pgSz')[0]?.getAttribute('w:w')).toBe('12240');
      expect(existsSync(join(dir, 'assets', 'house-style.docx'))).toBe(true);
    } finally {
      await store.close();
    }
  });

  it('accepts a Word template (.dotx)', async () => {
    const { store } = await openSampleStore(await tempDir());
    try {
      expect(await store.importHouseStyle('Client.dotx', asTemplate(await referenceDocx()))).toBe('assets/house-style.dotx');
    } finally {
      await store.close();
    }
  });

  it('refuses what is not a Word package with styles, naming the file, and writes nothing', async () => {
    const { dir, store } = await openSampleStore(await tempDir());
    try {
      const before = await readdir(join(dir, 'assets'));
      const docx = unzipSync(await referenceDocx());
      const { 'word/styles.xml': _, ...withoutStyles } = docx;
      const cases: [string, Uint8Array, RegExp][] = [
        ['notes.docx', strToU8('just text'), /notes\.docx is not a Word document: it is not a \.docx or \.dotx package/],
        ['sheet.docx', zipSync({ '[Content_Types].xml': strToU8('<Types/>') }), /sheet\.docx is not a Word document or template/],
        ['bare.docx', zipSync(withoutStyles), /bare\.docx has no styles/],
      ];
      for (const [name, bytes, message] of cases) {
        await expect(store.importHouseStyle(name, bytes)).rejects.toThrow(message);
      }
      expect(await readdir(join(dir, 'assets'))).toEqual(before);
    } finally {
      await store.close();
    }
  });

  it('refuses a profile that names a house style that is not a readable Word package', async () => {
    const { dir, store } = await openSampleStore(await tempDir());
    try {
      await writeFile(join(dir, 'assets', 'fake.docx'), 'not a zip');
      await expect(saveExportSettings(store, { pageSize: 'A4', houseStyle: 'assets/fake.docx' })).rejects.toThrow(
        /assets\/fake\.docx is not a Word document/,
      );
      expect((await store.getProject()).export).toEqual({ pageSize: 'A4', houseStyle: null });
    } finally {
      await store.close();
    }
  });
});
