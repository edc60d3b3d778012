import type { Locator, Page } from '@playwright/test';
import { expect, test } from './fixtures';

/** How many lines an element's content takes: boxes that overlap vertically share a line. */
async function lineCount(locator: Locator): Promise<number> {
  return locator.evaluate((element) => {
    const range = document.createRange();
    range.selectNodeContents(element);
    const boxes = Array.from(range.getClientRects())
      .filter((rect) => rect.width > 0 && rect.height > 0)
      .sort((a, b) => a.top - b.top);
    let lines = 0;
    let lineBottom = Number.NEGATIVE_INFINITY;
    for (const box of boxes) {
      if (box.top >= lineBottom - 1) lines += 1;
      lineBottom = Math.max(lineBottom, box.bottom);
    }
    return lines;
  });
}

/** Every element the selector finds is on one line; the failure names the ones that are not. */
async function expectSingleLine(page: Page, selector: string): Promise<void> {
  const all = page.locator(selector);
  const count = await all.count();
  expect(count, `no ${selector} on the page`).toBeGreaterThan(0);
  const broken: string[] = [];
  for (let index = 0; index < count; index += 1) {
    const element = all.nth(index);
    if ((await lineCount(element)) > 1) broken.push(await element.innerText());
  }
  expect(broken, `${selector} broken over two lines`).toEqual([]);
}

/** The relative luminance (WCAG) of a computed CSS colour such as "rgb(21, 25, 30)". */
function luminance(color: string): number {
  const [r, g, b] = (color.match(/\d+(\.\d+)?/g) ?? []).slice(0, 3).map((part) => {
    const channel = Number(part) / 255;
    return channel <= 0.03928 ? channel / 12.92 : ((channel + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * (r ?? 0) + 0.7152 * (g ?? 0) + 0.0722 * (b ?? 0);
}

async function computed(locator: Locator, property: 'background-color' | 'color'): Promise<string> {
  return locator.evaluate((element, name) => getComputedStyle(element).getPropertyValue(name), property);
}

test.describe('at 1280 x 720', () => {
  test.use({ viewport: { width: 1280, height: 720 } });

  test('the document header leaves the text most of the height, the clause panel keeps its controls on one line and numbers never break', async ({
    page,
    workbench,
  }) => {
    test.setTimeout(120_000);
    await workbench.open(page);
    // The Quality Policy (approved: the longest actions) and the longest title, in review and overdue.
    for (const title of ['Quality Policy', 'Control of Documented Information']) {
      await workbench.openDocument(page, title);
      const header = await page.locator('.document-header').boundingBox();
      expect(header?.height, `header height with ${title} open`).toBeLessThan(720 * 0.25);
      await expect(workbench.editor(page)).toBeInViewport();

      const panel = page.getByRole('complementary', { name: 'Clause guidance' });
      const panelBox = await panel.boundingBox();
      const controls = panel.locator('.guidance-top').getByRole('button');
      const tops = new Set<number>();
      for (const control of [panel.getByRole('heading', { name: 'Clause guidance' }), ...(await controls.all())]) {
        const box = await control.boundingBox();
        expect(box, 'a clause panel control is not shown').not.toBeNull();
        if (!box || !panelBox) continue;
        expect(await lineCount(control), `${await control.innerText()} wraps`).toBe(1);
        expect(box.x + box.width, `${await control.innerText()} runs past the panel`).toBeLessThanOrEqual(
          panelBox.x + panelBox.width,
        );
        tops.add(Math.round(box.y + box.height / 2));
      }
      expect(tops.size, 'the clause panel title and tabs share one line').toBe(1);
      expect(await lineCount(panel.getByRole('button', { name: /^(Pin this clause|Unpin)/ }))).toBe(1);

      await expectSingleLine(page, '.document-header .doc-id');
      await expectSingleLine(page, '.document-list .doc-id');
      await expectSingleLine(page, '.document-list .overdue-badge .date');
    }

    await page.getByRole('button', { name: 'Master list', exact: true }).click();
    await expect(page.getByRole('region', { name: 'Master document list' })).toBeVisible();
    await expectSingleLine(page, '.master-list tbody td:first-child');
    await expectSingleLine(page, '.master-list tbody td:nth-child(8)');
    await expectSingleLine(page, '.master-list tbody .date');
    const register = page.getByRole('region', { name: 'Master document list' });
    const overflow = await register.evaluate((element) => element.scrollWidth - element.clientWidth);
    expect(overflow, 'the master list scrolls sideways').toBeLessThanOrEqual(0);
  });
});

for (const scheme of ['light', 'dark'] as const) {
  test.describe(`with the system set to ${scheme}`, () => {
    test.use({ colorScheme: scheme });

    test(`the window, the document page and the dialogs are ${scheme}`, async ({ page, workbench }) => {
      test.setTimeout(120_000);
      await workbench.open(page);
      await workbench.openDocument(page, 'Quality Policy');
      const dark = scheme === 'dark';
      const isDark = (color: string) => luminance(color) < 0.05;
      for (const [what, locator] of [
        ['the window', page.locator('html')],
        ['the document page', page.locator('.editor-page')],
        ['the document list', page.getByRole('navigation', { name: 'Documents' })],
        ['the clause panel', page.getByRole('complementary', { name: 'Clause guidance' })],
      ] as const) {
        const background = await computed(locator, 'background-color');
        expect(isDark(background), `${what} background ${background}`).toBe(dark);
      }
      const text = await computed(workbench.editor(page), 'color');
      expect(isDark(text), `the document text ${text}`).toBe(!dark);

      await page.getByRole('button', { name: 'Details…' }).click();
      const dialog = page.getByRole('dialog', { name: 'Details of POL-001' });
      expect(isDark(await computed(dialog, 'background-color')), 'the dialog background').toBe(dark);
      expect(isDark(await computed(dialog.getByRole('textbox', { name: 'Title' }), 'background-color'))).toBe(dark);
    });
  });
}
