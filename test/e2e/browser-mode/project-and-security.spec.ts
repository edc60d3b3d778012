import { readFile, writeFile } from 'node:fs/promises';
import { expect, test } from './fixtures';

test('a damaged document file is listed by name and reason, the rest open, and the file is left alone', async ({
  page,
  workbench,
}) => {
  const damaged = workbench.documentFile('PRO-003');
  const bytes = '{"schemaVersion": 1, "meta": {"id": "PRO-003", "title": "Half-written';
  await writeFile(damaged, bytes);
  await workbench.open(page);
  const panel = page.getByRole('region', { name: 'Damaged files' });
  await expect(panel).toContainText('documents/PRO-003.json');
  await expect(panel).toContainText('not valid JSON');
  await expect(page.getByRole('navigation', { name: 'Documents' }).getByRole('button')).toHaveCount(4);
  await workbench.openDocument(page, 'Quality Policy');
  await expect(workbench.editor(page)).toContainText('Our commitments');
  expect(await readFile(damaged, 'utf8')).toBe(bytes);
});

test('an approved document whose text was edited on disk is shown as an integrity problem, never as approved', async ({
  page,
  workbench,
}) => {
  const path = workbench.documentFile('POL-001');
  const file = JSON.parse(await readFile(path, 'utf8'));
  file.content.root.children[0].children[0].text = 'We ship whatever passes the eye test.';
  await writeFile(path, JSON.stringify(file, null, 2));
  await workbench.open(page);
  const row = page.getByRole('navigation', { name: 'Documents' }).getByRole('button', { name: /Quality Policy/ });
  await expect(row.locator('.status-badge')).toHaveText('Integrity problem');
  await workbench.openDocument(page, 'Quality Policy');
  await expect(page.getByRole('alert')).toContainText(
    'The text of approved revision 3 was changed outside the program: it no longer matches the hash recorded when it was approved.',
  );
  await expect(page.locator('.document-header .status-badge')).toHaveText('Integrity problem');
  // The other documents are as they were.
  await expect(
    page
      .getByRole('navigation', { name: 'Documents' })
      .getByRole('button', { name: /Scope of the Quality/ })
      .locator('.status-badge'),
  ).toHaveText('Approved');
});

test('without the token the page explains what to open and the API answers 401', async ({ page, workbench }) => {
  await page.goto(workbench.server.origin);
  await expect(page.getByText('This page needs the access token')).toBeVisible();
  const status = await page.evaluate(async () => {
    const response = await fetch('/api/get-project', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: '{}',
    });
    return response.status;
  });
  expect(status).toBe(401);
});

test('the token leaves the address bar and the page works with no console errors or CSP violations', async ({
  page,
  workbench,
}) => {
  const problems: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error' || message.type() === 'warning') problems.push(message.text());
  });
  page.on('pageerror', (error) => problems.push(error.message));
  const response = await page.goto(workbench.server.url);
  expect(response?.headers()['content-security-policy']).toContain("script-src 'self'");
  await expect(page.getByRole('navigation', { name: 'Documents' })).toBeVisible();
  expect(page.url()).not.toContain('token');

  await workbench.openDocument(page, 'Control of Documented Information');
  await workbench.editor(page).getByText('Purpose').first().click();
  await page.keyboard.press('End');
  await page.keyboard.type(' and intent');
  await page.keyboard.press('Control+s');
  await expect(workbench.saveStatus(page)).toHaveAttribute('data-state', 'saved');
  await page.reload();
  await expect(workbench.editor(page)).toContainText('Purpose and intent');
  expect(problems).toEqual([]);
});

test('the main window shows documents, editor and the clause guidance area', async ({ page, workbench }) => {
  await workbench.open(page);
  await workbench.openDocument(page, 'Quality Policy');
  await expect(workbench.editor(page)).toContainText('Our commitments');
  const list = await page.getByRole('navigation', { name: 'Documents' }).boundingBox();
  const editor = await page.locator('.editor-page').boundingBox();
  const guidance = await page.getByRole('complementary', { name: 'Clause guidance' }).boundingBox();
  expect(list && editor && guidance).toBeTruthy();
  if (list && editor && guidance) {
    expect(list.x + list.width).toBeLessThanOrEqual(editor.x);
    expect(editor.x + editor.width).toBeLessThanOrEqual(guidance.x);
    expect(guidance.width).toBeGreaterThan(250);
  }
  await page.screenshot({ path: test.info().outputPath('main-window.png') });
});
