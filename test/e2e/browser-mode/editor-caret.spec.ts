import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';

/**
 * Keeps the page's main thread busy, as a long document or a slow machine does: 30 ms
 * tasks back to back. The browser runs input events ahead of such tasks, and the
 * `selectionchange` event that tells Lexical where a click put the caret is one of them.
 */
async function loadMainThread(page: Page): Promise<void> {
  await page.evaluate(() => {
    const busy = () => {
      const until = performance.now() + 30;
      while (performance.now() < until) {
        // spin
      }
    };
    (window as unknown as { qmsLoad: number }).qmsLoad = window.setInterval(busy, 0);
  });
}

const PARAGRAPHS = [
  'This policy is displayed on the shop floor noticeboard',
  'The policy is reviewed at least annually at management review',
  'I expect everyone at Harrow to work to this policy',
] as const;

test('a click puts the caret there at once: End and Enter straight after it split at the end of the clicked paragraph, every time, under load', async ({
  page,
  workbench,
}) => {
  test.setTimeout(180_000);
  await workbench.open(page);
  await workbench.openDocument(page, 'Quality Policy');
  const editor = workbench.editor(page);
  // The policy is approved and so read-only: edits go into a new revision.
  await page.getByRole('button', { name: 'Start new revision' }).click();
  await expect(editor).toHaveAttribute('contenteditable', 'true');
  const paragraphs = PARAGRAPHS.map((start) => editor.locator('p', { hasText: start }));
  const texts = await Promise.all(paragraphs.map((p) => p.textContent()));
  await loadMainThread(page);

  for (let round = 0; round < 24; round += 1) {
    const index = round % paragraphs.length;
    const paragraph = paragraphs[index];
    if (!paragraph) throw new Error('no paragraph');
    const box = await paragraph.boundingBox();
    if (!box) throw new Error(`paragraph ${index} is not on screen`);
    // A different place in the paragraph's last line each round (End goes to the end of
    // the line), mid-word more often than not.
    const lastLine = await paragraph.evaluate((element) => {
      const range = document.createRange();
      range.selectNodeContents(element);
      const rects = Array.from(range.getClientRects());
      const last = rects.at(-1);
      const top = element.getBoundingClientRect();
      return last ? { y: last.top - top.top + last.height / 2, width: last.right - top.left } : null;
    });
    if (!lastLine) throw new Error(`paragraph ${index} has no text`);
    await paragraph.click({ position: { x: 4 + ((round * 37) % Math.max(8, lastLine.width - 12)), y: lastLine.y } });
    await page.keyboard.press('End');
    await page.keyboard.press('Enter');
    await page.keyboard.type(`n${round}`);
    // The clicked paragraph is whole, and the new one follows it.
    await expect(paragraph).toHaveText((texts[index] ?? '').trim());
    await expect(paragraph.locator('xpath=following-sibling::*[1]')).toHaveText(`n${round}`);
    // Take the new paragraph away again: select its text and the break before it.
    for (let i = 0; i < `n${round}`.length + 1; i += 1) await page.keyboard.press('Backspace');
    await expect(paragraph.locator('xpath=following-sibling::*[1]')).not.toHaveText(`n${round}`);
  }
});

test('a paste straight after a click lands where the click put the caret, every time, under load', async ({
  page,
  workbench,
}) => {
  test.setTimeout(180_000);
  await workbench.open(page);
  await workbench.openDocument(page, 'Quality Policy');
  const editor = workbench.editor(page);
  await page.getByRole('button', { name: 'Start new revision' }).click();
  await expect(editor).toHaveAttribute('contenteditable', 'true');
  const paragraphs = PARAGRAPHS.map((start) => editor.locator('p', { hasText: start }));
  await loadMainThread(page);

  for (let round = 0; round < 12; round += 1) {
    const index = round % paragraphs.length;
    const paragraph = paragraphs[index];
    if (!paragraph) throw new Error('no paragraph');
    const box = await paragraph.boundingBox();
    if (!box) throw new Error(`paragraph ${index} is not on screen`);
    await paragraph.click({ position: { x: box.width - 2, y: box.height - 8 } });
    // The paste event follows the click at once, as Ctrl+V pressed quickly does.
    await page.evaluate((text) => {
      const data = new DataTransfer();
      data.setData('text/plain', text);
      document.activeElement?.dispatchEvent(
        new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }),
      );
    }, ` p${round}`);
    await expect(paragraph).toContainText(` p${round}`);
  }
});
