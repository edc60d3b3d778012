import { readFile, writeFile } from 'node:fs/promises';
import { expect, test } from './fixtures';

test('the sample project lists its documents and opens one in the editor', async ({ page, workbench }) => {
  await workbench.open(page);
  const list = page.getByRole('navigation', { name: 'Documents' });
  await expect(list.getByRole('button')).toHaveCount(4);
  await expect(list).toContainText('POL-001');
  await expect(list).toContainText('Nonconformity and Corrective Action');

  await list.getByRole('button', { name: /Control of Documented Information/ }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Control of Documented Information' })).toBeVisible();
  await expect(workbench.editor(page)).toContainText('Purpose');
  await expect(page.getByRole('complementary', { name: 'Clause guidance' })).toContainText('7.5.3');
});

test('an edit is saved by itself, is on disk, and survives a reload', async ({ page, workbench }) => {
  await workbench.open(page);
  await workbench.openDocument(page, 'Nonconformity and Corrective Action');
  const editor = workbench.editor(page);
  await editor.getByText('Purpose', { exact: true }).click();
  await page.keyboard.press('End');
  await page.keyboard.type(' and principles');
  await expect(workbench.saveStatus(page)).toHaveAttribute('data-state', 'saved');

  const onDisk = await readFile(workbench.documentFile('PRO-002'), 'utf8');
  expect(onDisk).toContain('Purpose and principles');

  await page.reload();
  await expect(workbench.editor(page)).toContainText('Purpose and principles');
});

test('Ctrl+S saves at once, without waiting for the pause in typing', async ({ page, workbench }) => {
  // With the page clock stopped, the idle timer can never fire: only Ctrl+S can save.
  await page.clock.install();
  await workbench.open(page);
  await workbench.openDocument(page, 'Nonconformity and Corrective Action');
  await workbench.editor(page).getByText('Scope', { exact: true }).click();
  await page.keyboard.press('End');
  await page.keyboard.type(' — reviewed');
  await expect(workbench.saveStatus(page)).toHaveAttribute('data-state', 'unsaved');
  await page.keyboard.press('Control+s');
  await expect(workbench.saveStatus(page)).toHaveAttribute('data-state', 'saved');
  expect(await readFile(workbench.documentFile('PRO-002'), 'utf8')).toContain('Scope — reviewed');
});

test('headings, bold, italic and lists are written to the document file', async ({ page, workbench }) => {
  await workbench.open(page);
  await workbench.openDocument(page, 'Nonconformity and Corrective Action');
  const editor = workbench.editor(page);
  // Start from the end of the last item of the document's last list: click just after its last letter.
  const lastItem = editor.getByText('REG-004 Nonconformance and Corrective Action Log');
  const box = await lastItem.boundingBox();
  if (!box) throw new Error('the last list item is not on screen');
  await lastItem.click({ position: { x: box.width - 1, y: box.height / 2 } });
  await page.keyboard.press('Enter');
  await page.keyboard.type('Review of this procedure');
  await page.getByRole('combobox', { name: 'Paragraph style' }).selectOption('h2');
  await page.keyboard.press('End');
  await page.keyboard.press('Enter');
  await page.keyboard.type('The owner checks it ');
  await page.keyboard.press('Control+b');
  await page.keyboard.type('every year');
  await page.keyboard.press('Control+b');
  await page.keyboard.press('Control+i');
  await page.keyboard.type(' without fail');
  await page.keyboard.press('Control+i');
  await page.keyboard.press('Enter');
  await page.keyboard.type('- first check');
  await page.keyboard.press('Enter');
  await page.keyboard.type('second check');
  await page.keyboard.press('Control+s');
  await expect(workbench.saveStatus(page)).toHaveAttribute('data-state', 'saved');

  const file = JSON.parse(await readFile(workbench.documentFile('PRO-002'), 'utf8'));
  const blocks: Array<{ type: string; tag?: string; listType?: string; children: Array<Record<string, unknown>> }> =
    file.content.root.children;
  const heading = blocks.find((block) => block.type === 'heading' && block.children[0]?.text === 'Review of this procedure');
  expect(heading?.tag).toBe('h2');
  const paragraph = blocks.find((block) => block.children.some((child) => child.text === 'every year'));
  expect(paragraph?.children.find((child) => child.text === 'every year')?.format).toBe(1);
  expect(paragraph?.children.find((child) => child.text === ' without fail')?.format).toBe(2);
  const list = blocks.at(-1);
  expect(list?.type).toBe('list');
  expect(list?.listType).toBe('bullet');
  expect(list?.children.map((item) => (item.children as Array<{ text: string }>)[0]?.text)).toEqual([
    'first check',
    'second check',
  ]);
});

test('a document changed on disk by someone else is not overwritten; the typed text stays', async ({ page, workbench }) => {
  // The page clock is stopped so the edit stays unsaved until the other program has written.
  await page.clock.install();
  await workbench.open(page);
  await workbench.openDocument(page, 'Nonconformity and Corrective Action');
  await workbench.editor(page).getByText('Responsibilities', { exact: true }).click();
  await page.keyboard.press('End');
  await page.keyboard.type(' and reporting');
  await expect(workbench.saveStatus(page)).toHaveAttribute('data-state', 'unsaved');

  const path = workbench.documentFile('PRO-002');
  const external = (await readFile(path, 'utf8')).replace('"Purpose"', '"Purpose (edited in another program)"');
  await writeFile(path, external);
  await page.keyboard.press('Control+s');
  await expect(workbench.saveStatus(page)).toHaveAttribute('data-state', 'conflict');
  await expect(page.getByRole('alert')).toContainText('changed on disk');
  await expect(workbench.editor(page)).toContainText('Responsibilities and reporting');
  expect(await readFile(path, 'utf8')).toBe(external);
});

test('after a conflict the user chooses: keep their text, or load the file from disk', async ({ page, workbench }) => {
  const path = workbench.documentFile('PRO-002');
  const conflictWith = async (typed: string) => {
    await workbench.editor(page).getByText('Purpose', { exact: false }).first().click();
    await page.keyboard.press('End');
    await page.keyboard.type(typed);
    const external = (await readFile(path, 'utf8')).replace('"Responsibilities"', '"Responsibilities (theirs)"');
    await writeFile(path, external);
    await page.keyboard.press('Control+s');
    await expect(workbench.saveStatus(page)).toHaveAttribute('data-state', 'conflict');
  };

  await page.clock.install();
  await workbench.open(page);
  await workbench.openDocument(page, 'Nonconformity and Corrective Action');
  await conflictWith(' (mine)');
  await page.getByRole('button', { name: /Keep my text/ }).click();
  await expect(workbench.saveStatus(page)).toHaveAttribute('data-state', 'saved');
  const kept = await readFile(path, 'utf8');
  expect(kept).toContain('Purpose (mine)');
  expect(kept).not.toContain('(theirs)');

  await conflictWith(' (second try)');
  page.once('dialog', (dialog) => void dialog.accept());
  await page.getByRole('button', { name: /Load the file on disk/ }).click();
  await expect(workbench.editor(page)).toContainText('Responsibilities (theirs)');
  await expect(workbench.editor(page)).not.toContainText('(second try)');
  await expect(page.getByRole('alert')).toHaveCount(0);
});

test('switching to another view while typing keeps the text and saves it', async ({ page, workbench }) => {
  await workbench.open(page);
  await workbench.openDocument(page, 'Nonconformity and Corrective Action');
  await workbench.editor(page).getByText('Disposition', { exact: true }).click();
  await page.keyboard.press('End');
  await page.keyboard.type(' and release');
  await page.getByRole('button', { name: 'Master list' }).click();
  await expect(page.getByRole('region', { name: 'Master document list' })).toBeVisible();
  await page.getByRole('button', { name: 'Master list' }).click();
  await expect(workbench.editor(page)).toContainText('Disposition and release');
  await expect(workbench.saveStatus(page)).toHaveAttribute('data-state', 'saved');
  await workbench.editor(page).getByText('Disposition and release').click();
  await page.keyboard.press('End');
  await page.keyboard.type('.');
  await page.keyboard.press('Control+s');
  await expect(workbench.saveStatus(page)).toHaveAttribute('data-state', 'saved');
  expect(await readFile(workbench.documentFile('PRO-002'), 'utf8')).toContain('Disposition and release.');
});
