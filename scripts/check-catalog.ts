// Checks a clause catalog the way the program loads it: every file against its schema, then its
// structure (ids, links, self-checks: catalogProblems) and runs of 12 identical words between
// entries of any kind. Usage: node --import tsx scripts/check-catalog.ts [standard]
import { join } from 'node:path';
import { loadClauseCatalog } from '../src-main/services/clause-catalog';
import { catalogProblems, catalogTexts, sharedWordRuns } from '../src-shared/guidance/catalog-checks';

async function main(): Promise<number> {
  const standard = process.argv[2] ?? 'iso-9001-2015';
  let catalog: Awaited<ReturnType<typeof loadClauseCatalog>>;
  try {
    catalog = await loadClauseCatalog(join(__dirname, '..', 'resources', 'standards'), standard);
  } catch (error) {
    console.log((error as Error).message);
    return 1;
  }
  const problems = [
    ...catalogProblems(catalog),
    ...sharedWordRuns(catalogTexts(catalog), 12).map((run) => `${run.entries.join(' & ')} share "${run.run}"`),
  ];
  for (const problem of problems) console.log(problem);
  const counts = Object.entries({
    clauses: catalog.clauses,
    foundations: catalog.foundations,
    certification: catalog.certification,
    'front matter': catalog.frontMatter,
    terms: catalog.terms,
    faq: catalog.faq,
    explainers: catalog.explainers,
  }).map(([kind, entries]) => `${entries.length} ${kind}`);
  console.log(`${counts.join(', ')}: ${problems.length === 0 ? 'no problems' : `${problems.length} problems`}`);
  return problems.length === 0 ? 0 : 1;
}

void main().then((code) => process.exit(code));
