import { newParagraphAtEnd, savedContent, selectBack } from './editor-helpers';
import { expect, test } from './fixtures';

// Starts a server and a browser and types: give it time on a busy machine.
test.beforeEach(() => test.setTimeout(90_000));

/** The text of every text node in the saved document, joined. */
const savedText = (json: string) => {
  const texts: string[] = [];
  const walk = (node: { text?: string; children?: unknown[] }) => {
    if (typeof node.text === 'string') texts.push(node.text);
    for (const child of node.children ?? []) walk(child as typeof node);
  };
  walk(JSON.parse(json).content.root);
  return texts.join('');
};

test('typed characters land where the caret is: in a word, over a selection, as one undo step, from an input method, beyond the basic plane', async ({
  page,
  workbench,
}) => {
  const editor = await newParagraphAtEnd(page, workbench);
  const paragraph = editor.locator('p').last();
  // Count the keys the editor took over from the browser's own typing command (the slow path
  // in a long document; see ControlledTypingPlugin).
  await page.evaluate(() => {
    const counts = { typed: 0, handled: 0 };
    (window as unknown as { typing: typeof counts }).typing = counts;
    window.addEventListener('beforeinput', (event) => {
      if (event.inputType !== 'insertText') return;
      counts.typed += 1;
      // The window hears it last, after the editor's own listeners.
      if (event.defaultPrevented) counts.handled += 1;
    });
  });

  await page.keyboard.type('Records are kept for years.');
  await expect(paragraph).toHaveText('Records are kept for years.');

  // In the middle of a word.
  await page.keyboard.press('End');
  for (let i = 0; i < 'years.'.length; i += 1) await page.keyboard.press('ArrowLeft');
  await page.keyboard.type('six ');
  await expect(paragraph).toHaveText('Records are kept for six years.');

  // Over a selection: the selected word is replaced.
  await page.keyboard.press('End');
  await page.keyboard.press('ArrowLeft');
  await selectBack(page, 5);
  await page.keyboard.type('months');
  await expect(paragraph).toHaveText('Records are kept for six months.');

  // A word typed in one go is undone in one go.
  await page.keyboard.press('End');
  await page.keyboard.type(' Then destroyed');
  await expect(paragraph).toHaveText('Records are kept for six months. Then destroyed');
  await page.keyboard.press('Control+z');
  await expect(paragraph).toHaveText('Records are kept for six months.');

  // An input method composes, then commits: the committed text appears once.
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Input.imeSetComposition', { text: 'e', selectionStart: 1, selectionEnd: 1 });
  await cdp.send('Input.imeSetComposition', { text: 'é', selectionStart: 1, selectionEnd: 1 });
  await cdp.send('Input.insertText', { text: 'é' });
  // A character outside the basic plane is two code units, one character.
  await page.keyboard.type(' ✓𝄞');
  await expect(paragraph).toHaveText('Records are kept for six months.é ✓𝄞');

  const counts = await page.evaluate(() => (window as unknown as { typing: { typed: number; handled: number } }).typing);
  expect(counts.typed).toBeGreaterThan(40);
  expect(counts.handled).toBeGreaterThanOrEqual(counts.typed - 2);

  expect(savedText(await savedContent(page, workbench))).toContain('Records are kept for six months.é ✓𝄞');
});
