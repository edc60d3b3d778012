import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';

type Scheme = 'light' | 'dark';

/**
 * The serious and critical problems axe finds on the whole page (all its rules, not only
 * WCAG's), one line each with the elements concerned, so a failure says what to fix.
 */
async function seriousViolations(page: Page): Promise<string[]> {
  const results = await new AxeBuilder({ page }).analyze();
  const editable = (await page.locator('.editor-scroll [contenteditable="true"]').count()) > 0;
  return results.violations
    .filter((violation) => violation.impact === 'serious' || violation.impact === 'critical')
    .map((violation) => ({
      ...violation,
      nodes: violation.nodes.filter((node) => !(editable && isEditorScrollFinding(violation.id, node.target))),
    }))
    .filter((violation) => violation.nodes.length > 0)
    .map(
      (violation) =>
        `${violation.id} (${violation.impact}): ${violation.help}\n${violation.nodes
          .map((node) => `    ${node.target.join(' ')} ${node.failureSummary?.split('\n').slice(1, 2).join('') ?? ''}`)
          .join('\n')}`,
    );
}

/**
 * axe does not count a contenteditable element as keyboard-reachable content, so it reports
 * the editor's scrolling page while the document text (which is in the Tab order) is
 * editable. While the text is read-only the finding is real and stays.
 */
function isEditorScrollFinding(rule: string, target: unknown[]): boolean {
  const hit = rule === 'scrollable-region-focusable' && target.length === 1 && target[0] === '.editor-scroll';
  if (hit) console.log('Not counted: axe reports .editor-scroll although its editable text is in the Tab order.');
  return hit;
}

/** Scans the page as it is now; `screen` names it in the failure message. */
async function expectNoSeriousViolations(page: Page, screen: string): Promise<void> {
  const found = await seriousViolations(page);
  if (found.length > 0) console.log(`${screen}:\n${found.join('\n')}`);
  expect(found, `serious or critical accessibility problems on ${screen}`).toEqual([]);
}

/** Opens a dialog with the control named `opener` and waits until it is shown. */
async function openDialog(page: Page, opener: string, title: string | RegExp) {
  await page.getByRole('button', { name: opener, exact: true }).click();
  const dialog = page.getByRole('dialog', { name: title });
  await expect(dialog).toBeVisible();
  return dialog;
}

async function closeDialog(page: Page): Promise<void> {
  await page.keyboard.press('Escape');
  await expect(page.getByRole('dialog')).toHaveCount(0);
}

for (const scheme of ['light', 'dark'] as const satisfies readonly Scheme[]) {
  test.describe(`in the ${scheme} theme`, () => {
    test.use({ colorScheme: scheme });

    test(`the document view and the register screens have no serious accessibility problem (${scheme})`, async ({
      page,
      workbench,
    }) => {
      test.setTimeout(120_000);
      await workbench.open(page);
      await workbench.openDocument(page, 'Control of Documented Information');
      await page.getByRole('button', { name: 'History', exact: true }).click();
      await expect(page.getByRole('region', { name: 'History' }).getByRole('listitem').first()).toBeVisible();
      await expect(page.getByRole('complementary', { name: 'Clause guidance' }).getByRole('article')).toBeVisible();
      await expectNoSeriousViolations(page, 'the document view');

      await page.getByRole('button', { name: 'Master list', exact: true }).click();
      await expect(page.getByRole('region', { name: 'Master document list' })).toBeVisible();
      await expectNoSeriousViolations(page, 'the master list');

      await page.getByRole('button', { name: 'Coverage', exact: true }).click();
      await expect(page.getByRole('region', { name: 'Coverage' })).toBeVisible();
      await expectNoSeriousViolations(page, 'coverage');

      await page.getByRole('button', { name: 'Readiness', exact: true }).click();
      await expect(page.getByRole('region', { name: 'Certification readiness' })).toBeVisible();
      await expectNoSeriousViolations(page, 'readiness');

      await page.getByRole('button', { name: 'Profile', exact: true }).click();
      await expect(page.getByRole('region', { name: 'Project profile' })).toBeVisible();
      await expectNoSeriousViolations(page, 'the project profile');
    });

    test(`the document's dialogs have no serious accessibility problem (${scheme})`, async ({ page, workbench }) => {
      test.setTimeout(120_000);
      await workbench.open(page);
      await workbench.openDocument(page, 'Control of Documented Information');

      await openDialog(page, 'Details…', /^Details of /);
      await expectNoSeriousViolations(page, 'the document details dialog');
      await closeDialog(page);

      await openDialog(page, 'Approve…', /^Approve /);
      await expectNoSeriousViolations(page, 'the approve dialog');
      await closeDialog(page);

      await openDialog(page, 'Save as template…', /as a template$/);
      await expectNoSeriousViolations(page, 'the save-as-template dialog');
      await closeDialog(page);

      await openDialog(page, 'Export to Word…', 'Export to Word');
      await expectNoSeriousViolations(page, 'the export dialog');
      await closeDialog(page);

      await page.locator('.user-button').click();
      await expect(page.getByRole('dialog', { name: 'Settings' })).toBeVisible();
      await expectNoSeriousViolations(page, 'the settings dialog');
      await closeDialog(page);
    });

    test(`the project dialogs and the new document gallery have no serious accessibility problem (${scheme})`, async ({
      page,
      workbench,
    }) => {
      test.setTimeout(120_000);
      await workbench.open(page);
      const gallery = await openDialog(page, 'New document', 'New document');
      await expect(gallery.getByText('will be numbered')).toBeVisible();
      await expectNoSeriousViolations(page, 'the new document gallery');
      await closeDialog(page);

      await page.locator('.project-name').click();
      await openDialog(page, 'New project…', 'New project');
      await expectNoSeriousViolations(page, 'the new project dialog');
      await closeDialog(page);

      await page.locator('.project-name').click();
      await openDialog(page, 'Open project…', 'Open a project');
      await expectNoSeriousViolations(page, 'the open project dialog');
      await closeDialog(page);
    });

    test.describe('on the first run', () => {
      test.use({ userName: null });

      test(`the dialog asking for the user's name has no serious accessibility problem (${scheme})`, async ({
        page,
        workbench,
      }) => {
        test.setTimeout(120_000);
        await workbench.open(page);
        await expect(page.getByRole('dialog', { name: 'Your name' })).toBeVisible();
        await expectNoSeriousViolations(page, 'the user-name dialog');
      });
    });
  });
}
