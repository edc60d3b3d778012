import { button, DOCUMENT, newParagraphAtEnd, savedContent, selectBack, toolbar } from './editor-helpers';
import { expect, test } from './fixtures';

// Each test starts a server and a browser and types a good deal: give it time on a busy machine.
test.beforeEach(() => test.setTimeout(90_000));

test('bold, italic, underline and strikethrough from the keyboard and the toolbar; clear formatting; undo and redo', async ({
  page,
  workbench,
}) => {
  const editor = await newParagraphAtEnd(page, workbench);
  const paragraph = editor.locator('p').last();

  await page.keyboard.type('Keys: ');
  for (const [keys, word] of [
    ['Control+b', 'bold'],
    ['Control+i', 'italic'],
    ['Control+u', 'under'],
    ['Control+Shift+x', 'struck'],
  ] as const) {
    await page.keyboard.press(keys);
    await page.keyboard.type(word);
    await page.keyboard.press(keys);
    await page.keyboard.type(' ');
  }
  await expect(paragraph.locator('strong')).toHaveText('bold');
  await expect(paragraph.locator('em')).toHaveText('italic');
  await expect(paragraph.locator('.qms-underline')).toHaveText('under');
  await expect(paragraph.locator('.qms-strike')).toHaveText('struck');

  await page.keyboard.press('Enter');
  await page.keyboard.type('Toolbar: word');
  await selectBack(page, 4);
  const second = editor.locator('p').last();
  for (const name of ['Bold', 'Italic', 'Underline', 'Strikethrough']) {
    await button(page, name).click();
    await expect(button(page, name)).toHaveAttribute('aria-pressed', 'true');
  }
  // Lexical draws bold-and-italic as one <strong> with the other formats as classes.
  const word = second.locator('strong', { hasText: 'word' });
  await expect(word).toHaveClass(/qms-italic/);
  await expect(word).toHaveClass(/qms-underline-strike/);

  await button(page, 'Clear formatting').click();
  await expect(second.locator('strong, em, .qms-underline-strike')).toHaveCount(0);
  await expect(button(page, 'Bold')).toHaveAttribute('aria-pressed', 'false');

  // Undo brings the formats back, redo clears them again; both by key and by button.
  await page.keyboard.press('Control+z');
  await expect(second.locator('strong')).toHaveText('word');
  await page.keyboard.press('Control+y');
  await expect(second.locator('strong')).toHaveCount(0);
  await button(page, 'Undo').click();
  await expect(second.locator('strong')).toHaveText('word');
  await button(page, 'Redo').click();
  await expect(second.locator('strong')).toHaveCount(0);
  await page.keyboard.press('Control+z');
  await page.keyboard.press('Control+Shift+z');
  await expect(second.locator('strong')).toHaveCount(0);
  await expect(second).toHaveText('Toolbar: word');
});

test('lists nest with Tab and Shift+Tab; outside a list Tab leaves the editor; Ctrl+M and Escape then Tab', async ({
  page,
  workbench,
}) => {
  const editor = await newParagraphAtEnd(page, workbench);

  await button(page, 'Bulleted list').click();
  await page.keyboard.type('Containment');
  await page.keyboard.press('Enter');
  await page.keyboard.press('Tab');
  await page.keyboard.type('Quarantine the batch');
  await expect(editor).toBeFocused();
  await expect(editor.locator('ul ul li', { hasText: 'Quarantine the batch' })).toHaveCount(1);
  await page.keyboard.press('Shift+Tab');
  await expect(editor.locator('ul ul li', { hasText: 'Quarantine the batch' })).toHaveCount(0);
  await expect(editor.locator('ul > li', { hasText: 'Quarantine the batch' })).toHaveCount(1);
  await page.keyboard.press('Tab');
  await expect(editor.locator('ul ul li', { hasText: 'Quarantine the batch' })).toHaveCount(1);

  // The same list as a numbered list, then a check list.
  await button(page, 'Numbered list').click();
  await expect(button(page, 'Numbered list')).toHaveAttribute('aria-pressed', 'true');
  await expect(editor.locator('ol li', { hasText: 'Quarantine the batch' })).toHaveCount(1);
  await button(page, 'Check list').click();
  await expect(editor.locator('li[role="checkbox"]', { hasText: 'Quarantine the batch' })).toHaveAttribute(
    'aria-checked',
    'false',
  );

  // Escape, then Tab: out of the editor even from a list item, and the item stays where it was.
  await page.keyboard.press('Escape');
  await page.keyboard.press('Tab');
  await expect(editor).not.toBeFocused();
  await expect(editor.locator('ul ul li', { hasText: 'Quarantine the batch' })).toHaveCount(1);

  // Ctrl+M: Tab moves focus everywhere, and the toolbar says so.
  await editor.getByText('Quarantine the batch').click();
  await page.keyboard.press('Control+m');
  await expect(toolbar(page).getByRole('status')).toHaveText(/Tab moves focus/);
  await page.keyboard.press('Tab');
  await expect(editor).not.toBeFocused();
  await editor.getByText('Quarantine the batch').click();
  await page.keyboard.press('Control+m');
  await expect(toolbar(page).getByRole('status')).toHaveText('Tab indents list items');

  // In an ordinary paragraph, Tab keeps its job of moving focus.
  await editor.getByText('Quarantine the batch').click();
  await page.keyboard.press('End');
  // A new item, out to the top level, and an empty top-level item becomes a paragraph.
  await page.keyboard.press('Enter');
  await page.keyboard.press('Shift+Tab');
  await page.keyboard.press('Enter');
  await expect(page.getByRole('combobox', { name: 'Paragraph style' })).toHaveValue('paragraph');
  await page.keyboard.type('After the list');
  await page.keyboard.press('Tab');
  await expect(editor).not.toBeFocused();
  await expect(editor.locator('p', { hasText: 'After the list' })).toHaveText('After the list');
});

test('links: add, refuse javascript:, edit and remove', async ({ page, workbench }) => {
  const editor = await newParagraphAtEnd(page, workbench);
  await page.keyboard.type('See the retention schedule');
  await selectBack(page, 'retention schedule'.length);

  await page.keyboard.press('Control+k');
  const dialog = page.getByRole('dialog', { name: 'Add a link' });
  await dialog.getByLabel(/Address/).fill('javascript:alert(1)');
  await dialog.getByRole('button', { name: 'Add link' }).click();
  await expect(dialog.getByRole('alert')).toHaveText(
    '"javascript:alert(1)" cannot be a link: only web addresses (http, https) and e-mail addresses (mailto) are allowed.',
  );
  await dialog.getByRole('button', { name: 'Cancel' }).click();
  await expect(dialog).toBeHidden();
  await expect(editor.locator('a')).toHaveCount(0);

  await button(page, 'Link').click();
  await dialog.getByLabel(/Address/).fill('www.example.com/retention');
  await dialog.getByRole('button', { name: 'Add link' }).click();
  const link = editor.locator('a', { hasText: 'retention schedule' });
  await expect(link).toHaveAttribute('href', 'https://www.example.com/retention');

  await link.click();
  await expect(button(page, 'Link')).toHaveAttribute('aria-pressed', 'true');
  await page.keyboard.press('Control+k');
  const edit = page.getByRole('dialog', { name: 'Edit link' });
  await expect(edit.getByLabel(/Address/)).toHaveValue('https://www.example.com/retention');
  await edit.getByLabel(/Address/).fill('mailto:quality@example.com');
  await edit.getByRole('button', { name: 'Save link' }).click();
  await expect(link).toHaveAttribute('href', 'mailto:quality@example.com');

  await link.click();
  await button(page, 'Link').click();
  await edit.getByRole('button', { name: 'Remove link' }).click();
  await expect(editor.locator('a')).toHaveCount(0);
  await expect(editor.locator('p').last()).toHaveText('See the retention schedule');
});

test('everything the toolbar makes is saved to the document file and comes back after a reload', async ({ page, workbench }) => {
  const editor = await newParagraphAtEnd(page, workbench);
  await page.keyboard.type('Before the rule ');
  await page.keyboard.press('Control+u');
  await page.keyboard.type('underlined');
  await page.keyboard.press('Control+u');
  await button(page, 'Horizontal rule').click();
  await expect(editor.locator('hr')).toHaveCount(1);
  await page.keyboard.type('Form A');
  await page.keyboard.press('Control+Enter');
  await expect(editor.locator('figure[type="page-break"]')).toHaveCount(1);
  await page.keyboard.type('Form B');
  await button(page, 'Page break').click();
  await expect(editor.locator('figure[type="page-break"]')).toHaveCount(2);
  await page.keyboard.type('Checks');
  await button(page, 'Check list').click();
  await page.keyboard.press('Enter');
  await page.keyboard.press('Tab');
  await page.keyboard.type('Nested check');
  await page.keyboard.press('Enter');
  await page.keyboard.press('Shift+Tab');
  await page.keyboard.press('Enter');
  await expect(page.getByRole('combobox', { name: 'Paragraph style' })).toHaveValue('paragraph');
  await page.keyboard.type('Details at example.com');
  await selectBack(page, 'example.com'.length);
  await page.keyboard.press('Control+k');
  await page
    .getByRole('dialog', { name: 'Add a link' })
    .getByLabel(/Address/)
    .fill('https://example.com');
  await page.keyboard.press('Enter');
  await page.keyboard.press('End');
  await button(page, 'Insert table').click();
  await page.getByRole('dialog', { name: 'Insert a table' }).getByRole('button', { name: 'Insert table' }).click();
  await page.keyboard.type('Head');

  const file = JSON.parse(await savedContent(page, workbench));
  type Node = { type: string; text?: string; format?: number; url?: string; listType?: string; children?: Node[] };
  const all: Node[] = [];
  const walk = (nodes: Node[]) => {
    for (const node of nodes) {
      all.push(node);
      walk(node.children ?? []);
    }
  };
  walk(file.content.root.children);
  const types = file.content.root.children.map((block: Node) => block.type);
  expect(types.filter((type: string) => ['horizontalrule', 'page-break', 'table'].includes(type))).toEqual([
    'horizontalrule',
    'page-break',
    'page-break',
    'table',
  ]);
  expect(all.find((node) => node.text === 'underlined')?.format).toBe(8);
  expect(all.find((node) => node.type === 'link')?.url).toBe('https://example.com');
  expect(all.filter((node) => node.type === 'list' && node.listType === 'check')).toHaveLength(2);

  await page.reload();
  await expect(workbench.editor(page)).toContainText('Nested check');
  const reloaded = workbench.editor(page);
  await expect(reloaded.locator('hr')).toHaveCount(1);
  await expect(reloaded.locator('figure[type="page-break"]')).toHaveCount(2);
  await expect(reloaded.locator('.qms-underline')).toHaveText('underlined');
  await expect(reloaded.locator('a[href="https://example.com"]')).toHaveText('example.com');
  await expect(reloaded.locator('table th').first()).toHaveText('Head');
  await expect(reloaded.locator('ul ul li[role="checkbox"]', { hasText: 'Nested check' })).toHaveCount(1);
});

test('the § button follows the section at the cursor and shows a new tag at once', async ({ page, workbench }) => {
  await workbench.open(page);
  await workbench.openDocument(page, DOCUMENT);
  const editor = workbench.editor(page);
  const tagButton = toolbar(page).getByRole('button', { name: /^§/ });
  await editor.getByText('Disposition', { exact: true }).click();
  await expect(tagButton).toHaveText('§ 8.7.1');
  await editor.getByText('Corrective action', { exact: true }).click();
  await expect(tagButton).toHaveText('§ 10.2.1');
  await editor.getByText('Purpose', { exact: true }).click();
  await expect(tagButton).toHaveText('§ Tag section…');
  await tagButton.click();
  const picker = page.getByRole('dialog', { name: 'Tag this section with a clause' });
  await picker.getByLabel('Find a clause').fill('7.5.1');
  await picker.getByRole('button', { name: 'Tag with 7.5.1' }).click();
  await expect(tagButton).toHaveText('§ 7.5.1');
  // Typing in the section's text keeps the tag shown.
  await page.keyboard.press('End');
  await page.keyboard.type(' and aims');
  await expect(tagButton).toHaveText('§ 7.5.1');
});
