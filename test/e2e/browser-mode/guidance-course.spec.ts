import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { parse } from 'yaml';
import { REPO_ROOT } from '../../support/paths';
import { wcagViolations as violations } from './axe-violations';
import { expect, test } from './fixtures';

// Each test starts a server and a browser: give it time on a busy machine.
test.beforeEach(() => test.setTimeout(90_000));

const guidancePanel = (page: Page) => page.getByRole('complementary', { name: 'Clause guidance' });

test('customer focus links to its principle and the glossary; the front matter, a client question and the required records are there to read', async ({
  page,
  workbench,
}) => {
  await workbench.open(page);
  const guidance = guidancePanel(page);
  await guidance.getByRole('searchbox', { name: 'Search the guidance' }).fill('5.1.2');
  await guidance.getByRole('button', { name: /^5\.1\.2 Customer focus/ }).click();
  const entry = guidance.getByRole('article', { name: 'Clause 5.1.2' });
  await expect(entry).toContainText('unity of purpose');

  // A glossary term in the text: its meaning on hover, its entry on click.
  const term = entry.locator('button.term-link', { hasText: /^top management$/i }).first();
  await expect(term).toHaveAttribute('title', /.{20,}/);
  await term.click();
  await expect(guidance.getByRole('article', { name: 'Glossary: top management' })).toBeVisible();

  // The principle it rests on, and back.
  await guidance.getByRole('searchbox', { name: 'Search the guidance' }).fill('5.1.2');
  await guidance.getByRole('button', { name: /^5\.1\.2 Customer focus/ }).click();
  await entry
    .getByRole('list', { name: 'Principles and foundations' })
    .getByRole('button', { name: /customer focus/i })
    .click();
  const principle = guidance.getByRole('article', { name: /customer focus/i });
  await expect(principle.getByRole('button', { name: '5.1.2' })).toBeVisible();

  // The browse list has the front matter, the questions clients ask and the explainers.
  await guidance.getByRole('button', { name: 'Browse' }).click();
  const browse = guidance.getByRole('navigation', { name: 'Browse guidance' });
  await browse.getByRole('button', { name: /^Annex A / }).click();
  await expect(guidance.getByRole('article', { name: /^A Clarification/ })).toContainText('management representative');
  await guidance.getByRole('button', { name: 'Browse' }).click();
  await browse
    .getByRole('button', { name: /quality manual\?$/i })
    .first()
    .click();
  await expect(guidance.getByRole('article')).toContainText('quality manual');
  await guidance.getByRole('button', { name: 'Browse' }).click();
  await browse.getByRole('button', { name: 'Documented information the standard requires' }).click();
  const table = guidance.getByRole('table', { name: 'Documented information the standard requires' });
  await expect(table.getByRole('row')).toHaveCount(1 + (await countRequired()));
  expect(await violations(page, '.guidance-panel')).toEqual([]);
});

/** How many items of documented information the clause files require, counted from the files themselves. */
async function countRequired(): Promise<number> {
  const folder = join(REPO_ROOT, 'resources', 'standards', 'iso-9001-2015');
  let count = 0;
  for (const file of (await readdir(folder)).filter((name) => name.startsWith('clauses-'))) {
    const entries = parse(await readFile(join(folder, file), 'utf8')) as Array<{ documentedInformation: unknown[] }>;
    for (const entry of entries) count += entry.documentedInformation.length;
  }
  return count;
}

test('a quiz started from the guidance is taken, scored, explained and kept as a training record the auditor is shown', async ({
  page,
  workbench,
}) => {
  await workbench.open(page);
  const guidance = guidancePanel(page);
  await guidance.getByRole('searchbox', { name: 'Search the guidance' }).fill('7.3');
  await guidance.getByRole('button', { name: /^7\.3 Awareness/ }).click();
  await guidance.getByRole('button', { name: 'Quiz someone on 7.3' }).click();

  const setup = page.getByRole('form', { name: 'Start a quiz' });
  await expect(setup.getByRole('textbox', { name: 'Clause numbers' })).toHaveValue('7.3');
  await setup.getByRole('textbox', { name: 'Person taking it' }).fill('Priya Shah');
  await setup.getByRole('textbox', { name: 'Their job (optional)' }).fill('CNC machinist');
  await setup.getByRole('button', { name: 'Start the quiz' }).click();

  const run = page.getByRole('region', { name: 'Quiz: Clauses 7.3' });
  const items = run.getByRole('group');
  const total = await items.count();
  expect(total).toBeGreaterThanOrEqual(5);
  // Priya answers all but the last question: True to each statement, the first option of each scenario.
  for (let index = 0; index < total - 1; index += 1) {
    const item = items.nth(index);
    const choice = (await item.getByRole('radio', { name: 'True' }).count())
      ? item.getByRole('radio', { name: 'True' })
      : item.getByRole('radio').first();
    await choice.check();
  }
  expect(await violations(page, '.training')).toEqual([]);
  await run.getByRole('button', { name: 'Finish and record' }).click();
  const score = run.getByRole('status');
  await expect(score).toContainText(`right (${total - 1} answered). Recorded as training/TR-`);
  // Every question now shows the right answer and why.
  await expect(run.locator('.self-check-right, .self-check-wrong')).toHaveCount(total);

  // The record on disk: who, when, by whom, and only the answers Priya gave.
  const files = await readdir(join(workbench.projectDir, 'training'));
  expect(files).toHaveLength(1);
  const record = JSON.parse(await readFile(join(workbench.projectDir, 'training', files[0] as string), 'utf8'));
  expect(record).toMatchObject({
    person: 'Priya Shah',
    role: 'CNC machinist',
    givenBy: 'Tom Okafor',
    quiz: { clauses: ['7.3'] },
  });
  expect(record.items).toHaveLength(total);
  expect(record.items.filter((item: { given?: unknown }) => item.given !== undefined)).toHaveLength(total - 1);
  expect(record.items[total - 1].given).toBeUndefined();
  await expect(score).toContainText(`${record.score.right} of ${total} right`);

  // The list of records survives a reload, and one opens with its answers.
  await page.reload();
  await page.getByRole('button', { name: 'Training', exact: true }).click();
  const view = page.getByRole('region', { name: 'Training records' });
  await expect(view.getByRole('row')).toHaveCount(2);
  await expect(view.getByRole('row').nth(1)).toContainText(
    `Priya Shah CNC machinistClauses 7.3${record.score.right} of ${total}Tom Okafor`,
  );
  await view.getByRole('button', { name: 'Priya Shah' }).click();
  await expect(view.getByRole('region', { name: `Training record ${record.id}` }).getByRole('row')).toHaveCount(total + 1);
});
