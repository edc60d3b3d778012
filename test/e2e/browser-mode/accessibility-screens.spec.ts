import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';

type Scheme = 'light' | 'dark';

/**
 * Findings this test does not count, each with the reason it prints when it applies. A
 * finding is set aside only for the elements inside `within`, and only while `applies`.
 */
const NOT_COUNTED = [
  {
    rule: 'scrollable-region-focusable',
    within: '.editor-scroll',
    // While the text is read-only the finding is real and stays.
    applies: (page: Page) =>
      page
        .locator('.editor-scroll [contenteditable="true"]')
        .count()
        .then((count) => count > 0),
    reason:
      'axe does not count a contenteditable element as keyboard-reachable, but the editable document text is in the Tab order (see the keyboard test).',
  },
];

const printed = new Set<(typeof NOT_COUNTED)[number]>();

async function isNotCounted(page: Page, rule: string, target: unknown[]): Promise<boolean> {
  for (const known of NOT_COUNTED) {
    if (known.rule !== rule || target.length !== 1 || typeof target[0] !== 'string') continue;
    const inside = await page
      .locator(target[0])
      .first()
      .evaluate((element, within) => element.closest(within) !== null, known.within);
    if (inside && (await known.applies(page))) {
      if (!printed.has(known)) console.log(`Not counted: ${rule} on ${target[0]}: ${known.reason}`);
      printed.add(known);
      return true;
    }
  }
  return false;
}

/**
 * The serious and critical problems axe finds on the whole page (all its rules, not only
 * WCAG's, and label-in-name), one line each with the elements concerned, so a failure
 * says what to fix.
 */
async function seriousViolations(page: Page): Promise<string[]> {
  // Label in name (WCAG 2.5.3) is an experimental axe rule, off unless asked for.
  const results = await new AxeBuilder({ page })
    .options({ rules: { 'label-content-name-mismatch': { enabled: true } } })
    .analyze();
  const found: string[] = [];
  for (const violation of results.violations) {
    if (violation.impact !== 'serious' && violation.impact !== 'critical') continue;
    const nodes = [];
    for (const node of violation.nodes) {
      if (!(await isNotCounted(page, violation.id, node.target))) nodes.push(node);
    }
    if (nodes.length === 0) continue;
    const where = nodes.map((node) => `    ${node.target.join(' ')} ${node.failureSummary?.split('\n')[1] ?? ''}`);
    found.push(`${violation.id} (${violation.impact}): ${violation.help}\n${where.join('\n')}`);
  }
  return found;
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
      await openDialog(page, 'Export manual to Word…', 'Export the manual');
      await expectNoSeriousViolations(page, 'the manual export dialog');
      await closeDialog(page);

      await page.getByRole('button', { name: 'Coverage', exact: true }).click();
      await expect(page.getByRole('region', { name: 'Coverage' })).toBeVisible();
      await expectNoSeriousViolations(page, 'coverage');

      await page.getByRole('button', { name: 'Readiness', exact: true }).click();
      await expect(page.getByRole('region', { name: 'Certification readiness' })).toBeVisible();
      await expectNoSeriousViolations(page, 'readiness');

      await page.getByRole('button', { name: 'Profile', exact: true }).click();
      await expect(page.getByRole('region', { name: 'Project profile' })).toBeVisible();
      await expectNoSeriousViolations(page, 'the project profile');

      await page.getByRole('button', { name: 'Training', exact: true }).click();
      await page.getByRole('button', { name: 'Start a quiz' }).click();
      await page.getByRole('textbox', { name: 'Person taking it' }).fill('Ann Lee');
      await expectNoSeriousViolations(page, 'the quiz set-up');
      await page.getByRole('button', { name: 'Start the quiz' }).click();
      const quiz = page.getByRole('region', { name: /^Quiz: / });
      await quiz.getByRole('group').first().getByRole('radio').first().check();
      await quiz.getByRole('button', { name: 'Finish and record' }).click();
      await expect(quiz.getByRole('status')).toBeVisible();
      await expectNoSeriousViolations(page, 'a quiz with its answers');
      await quiz.getByRole('button', { name: 'Back to the training records' }).click();
      await expect(page.getByRole('region', { name: 'Training records' }).getByRole('row')).toHaveCount(2);
      await expectNoSeriousViolations(page, 'the training records');
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

      await workbench.editor(page).locator('p').first().click();
      await page.getByRole('button', { name: /Tag section/ }).click();
      await expect(page.getByRole('dialog', { name: 'Tag this section with a clause' })).toBeVisible();
      await expectNoSeriousViolations(page, 'the clause picker');
      await closeDialog(page);
    });

    test(`the new document gallery, a document made from a template and the project dialogs have no serious accessibility problem (${scheme})`, async ({
      page,
      workbench,
    }) => {
      test.setTimeout(120_000);
      await workbench.open(page);
      const gallery = await openDialog(page, 'New document', 'New document');
      await expect(gallery.getByText('will be numbered')).toBeVisible();
      await expectNoSeriousViolations(page, 'the new document gallery');
      // A document from a template: linked fields, guidance blocks, tables and the tailoring strip.
      await gallery.getByRole('option', { name: /^Approved Supplier List/ }).click();
      await gallery.getByRole('button', { name: 'Create' }).click();
      await expect(page.locator('.document-header .doc-id')).toHaveText('REG-001');
      await expect(workbench.editor(page).locator('.qms-guidance-block').first()).toBeVisible();
      await expect(workbench.editor(page).locator('table').first()).toBeVisible();
      await expectNoSeriousViolations(page, 'a document made from a template');

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

test('a dialog takes the focus, keeps Tab inside, closes on Escape and gives the focus back', async ({ page, workbench }) => {
  test.setTimeout(120_000);
  await workbench.open(page);
  await workbench.openDocument(page, 'Control of Documented Information');
  const opener = page.getByRole('button', { name: 'Details…' });
  await opener.focus();
  await page.keyboard.press('Enter');
  const dialog = page.getByRole('dialog', { name: 'Details of PRO-001' });
  await expect(dialog.getByRole('textbox', { name: 'Title' })).toBeFocused();

  // Title, Owner, Reviewer, Clauses, change summary, Cancel, Save details: round and round.
  for (let press = 0; press < 16; press += 1) {
    await page.keyboard.press('Tab');
    expect(await dialog.evaluate((element) => element.contains(document.activeElement)), `Tab ${press + 1}`).toBe(true);
  }
  await dialog.getByRole('textbox', { name: 'Title' }).focus();
  await page.keyboard.press('Shift+Tab');
  await expect(dialog.getByRole('button', { name: 'Save details' })).toBeFocused();
  await page.keyboard.press('Tab');
  await expect(dialog.getByRole('textbox', { name: 'Title' })).toBeFocused();

  await page.keyboard.press('Escape');
  await expect(dialog).toHaveCount(0);
  await expect(opener).toBeFocused();

  // From the project menu, by keyboard only: the focus comes back to the menu's button.
  const menuButton = page.locator('.project-name');
  await menuButton.focus();
  await page.keyboard.press('Enter');
  await page.keyboard.press('Tab');
  await expect(page.getByRole('button', { name: 'New project…' })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('dialog', { name: 'New project' })).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(page.getByRole('dialog')).toHaveCount(0);
  await expect(menuButton).toBeFocused();
});

test('the keyboard reaches the document text from the document actions, and the text takes typing', async ({
  page,
  workbench,
}) => {
  test.setTimeout(120_000);
  await workbench.open(page);
  await workbench.openDocument(page, 'Nonconformity and Corrective Action');
  await page.getByRole('button', { name: 'History', exact: true }).focus();
  const text = page.getByRole('textbox', { name: 'Nonconformity and Corrective Action: document text' });
  let reached = false;
  for (let press = 0; press < 40 && !reached; press += 1) {
    await page.keyboard.press('Tab');
    reached = await text.evaluate((element) => element === document.activeElement);
  }
  expect(reached, 'Tab never reached the document text').toBe(true);
  await page.keyboard.press('Control+Home');
  await page.keyboard.type('Typed from the keyboard. ');
  await expect(text).toContainText('Typed from the keyboard.');
});
