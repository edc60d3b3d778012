import type { RecentProjectRow, WorkbenchDatabase } from '../db/database';

/** How many recent projects are kept: a consultant's active clients fit. */
export const RECENT_LIMIT = 12;

/** Notes that a project was opened now; the oldest beyond the limit are forgotten. */
export async function rememberProject(db: WorkbenchDatabase, folder: string, name: string, now = new Date()): Promise<void> {
  await db.transaction('rw', db.recentProjects, async () => {
    await db.recentProjects.put({ folder, name, openedAt: now.toISOString() });
    const all = await db.recentProjects.orderBy('openedAt').reverse().toArray();
    const stale = all.slice(RECENT_LIMIT).map((row) => row.folder);
    if (stale.length > 0) await db.recentProjects.bulkDelete(stale);
  });
}

/** Recent projects, the most recent first. */
export function recentProjects(db: WorkbenchDatabase): Promise<RecentProjectRow[]> {
  return db.recentProjects.orderBy('openedAt').reverse().toArray();
}

export function forgetProject(db: WorkbenchDatabase, folder: string): Promise<void> {
  return db.recentProjects.delete(folder);
}
