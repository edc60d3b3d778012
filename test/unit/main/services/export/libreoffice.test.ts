import { spawnSync } from 'node:child_process';
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { Packer } from 'docx';
import { describe, expect, it } from 'vitest';
import { exportManualFile } from '../../../../../src-main/services/export/export-service';
import { manualExport } from '../../../../../src-shared/export/docx/manual-export';
import { BENCH_ORGANIZATION, generatedManual } from '../../../../support/generated-manual';
import { openSampleStore } from '../../../../support/sample-store';
import { useTempDirs } from '../../../../support/temp-dir';

// LibreOffice opens the exported manual as a user would and prints it to PDF: its page
// count and text show the file lays out as a careful person's Word document would.
const soffice = spawnSync('soffice', ['--version'], { encoding: 'utf8' }).status === 0;
const pdftotext = spawnSync('pdftotext', ['-v'], { encoding: 'utf8' }).status === 0;
const SKIPPED = 'LibreOffice (soffice) is not installed here; apt-get install libreoffice-writer-nogui to run it';
if (!soffice) process.stderr.write(`Skipped the LibreOffice check of the Word export: ${SKIPPED}.\n`);

/** Converts with a private LibreOffice profile, so a running LibreOffice or another test cannot lock it. */
function convert(file: string, to: 'pdf' | 'txt:Text', folder: string): void {
  const profile = pathToFileURL(join(folder, 'lo-profile')).href;
  const result = spawnSync(
    'soffice',
    [`-env:UserInstallation=${profile}`, '--headless', '--convert-to', to, '--outdir', folder, file],
    {
      encoding: 'utf8',
      timeout: 240_000,
    },
  );
  if (result.status !== 0) throw new Error(`soffice failed: ${result.stderr}`);
}

/** Pages of a PDF, counted from its page objects. */
async function pageCount(pdf: string): Promise<number> {
  return ((await readFile(pdf, 'latin1')).match(/\/Type\s*\/Page(?![s\w])/g) ?? []).length;
}

describe.skipIf(!soffice)(`the manual in LibreOffice${soffice ? '' : ` (skipped: ${SKIPPED})`}`, { timeout: 300_000 }, () => {
  const tempDir = useTempDirs();

  it('opens the sample manual and prints it with a cover, contents and each document on its own pages', async () => {
    const folder = await tempDir();
    const { store } = await openSampleStore(folder);
    try {
      const docx = join(folder, 'manual.docx');
      await writeFile(docx, (await exportManualFile(store, {})).bytes);
      convert(docx, 'pdf', folder);
      convert(docx, 'txt:Text', folder);
      const pages = await pageCount(join(folder, 'manual.pdf'));
      // Cover, contents, then three documents of at least two pages each.
      expect(pages).toBeGreaterThanOrEqual(8);
      expect(pages).toBeLessThanOrEqual(14);
      const text = await readFile(join(folder, 'manual.txt'), 'utf8');
      for (const line of [
        'Quality Management System',
        'Contents',
        'POL-001  Quality Policy',
        'Document control',
        'Revision history',
      ]) {
        expect(text, line).toContain(line);
      }
      if (pdftotext) {
        const printed = spawnSync('pdftotext', ['-layout', join(folder, 'manual.pdf'), '-'], { encoding: 'utf8' }).stdout;
        expect(printed).toMatch(new RegExp(`Page 3 of ${pages}`));
        expect(printed).toContain('Uncontrolled when printed');
        expect(printed).not.toContain('DRAFT');
      } else process.stderr.write('pdftotext is not installed: the printed header and footer were not read back.\n');
    } finally {
      await store.close();
    }
  });

  it('prints the generated manual of about 300 pages', async () => {
    const folder = await tempDir();
    const generated = generatedManual();
    const project = {
      organization: BENCH_ORGANIZATION,
      reviewPeriodMonths: 12,
      pageSize: 'A4' as const,
      logo: null,
      houseStylesXml: null,
      today: '2026-11-30',
    };
    const docx = join(folder, 'generated.docx');
    await writeFile(docx, await Packer.pack((await manualExport(generated.documents, project)).file, 'uint8array'));
    convert(docx, 'pdf', folder);
    const pages = await pageCount(join(folder, 'generated.pdf'));
    expect(pages).toBeGreaterThanOrEqual(270);
    expect(pages).toBeLessThanOrEqual(340);
  });
});
