/**
 * Paper sizes and margins for exported documents, in twips (1/20 pt; 1440 to the inch).
 * A4 is the default; US organizations choose Letter in the project profile.
 */
export const PAGE_SIZES = ['A4', 'Letter'] as const;
export type PageSize = (typeof PAGE_SIZES)[number];

export interface PageGeometry {
  width: number;
  height: number;
  margin: { top: number; right: number; bottom: number; left: number; header: number; footer: number };
}

const GEOMETRY: Record<PageSize, PageGeometry> = {
  // 2.5 cm all round leaves room for a binder's holes; the header and footer sit 1.25 cm from the edge.
  A4: { width: 11906, height: 16838, margin: { top: 1418, right: 1418, bottom: 1418, left: 1418, header: 709, footer: 709 } },
  Letter: { width: 12240, height: 15840, margin: { top: 1440, right: 1440, bottom: 1440, left: 1440, header: 720, footer: 720 } },
};

export function pageGeometry(size: PageSize, landscape = false): PageGeometry {
  const page = GEOMETRY[size];
  return landscape ? { ...page, width: page.height, height: page.width } : page;
}

/** The width between the margins: what tables and right-aligned tab stops fill. */
export function textWidth(page: PageGeometry): number {
  return page.width - page.margin.left - page.margin.right;
}
