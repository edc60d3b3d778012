import { Bookmark, type ParagraphChild } from 'docx';

/** One line of the manual's table of contents, linked to its heading by a bookmark. */
export interface ContentsEntry {
  title: string;
  level: number;
  href: string;
}

/**
 * Collects the manual's table of contents while the documents are built: each document's
 * title (level 1) and main headings (level 2) get a bookmark, as Word's own _Toc
 * bookmarks, and an entry. Written this way the contents read right before anyone updates
 * the field, without a second walk over the whole manual to find the headings.
 */
export class Contents {
  private readonly list: ContentsEntry[] = [];

  /** The heading's runs inside its bookmark, and the entry that points to it. */
  mark(level: number, title: string, children: ParagraphChild[]): ParagraphChild[] {
    const href = `_Toc${this.list.length + 1}`;
    this.list.push({ title, level, href });
    return [new Bookmark({ id: href, children })];
  }

  get entries(): readonly ContentsEntry[] {
    return this.list;
  }
}
