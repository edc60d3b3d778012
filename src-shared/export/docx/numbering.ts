import { AlignmentType, type ILevelsOptions, type INumberingOptions, LevelFormat } from 'docx';

/**
 * Real Word numbering for bulleted and numbered lists: one definition of each, and a new
 * instance for every list, so each numbered list starts again at 1 while a nested list
 * continues its parent's instance one level down.
 */
export const LIST_REFERENCE = { bullet: 'qms-bullet', number: 'qms-number' } as const;

/** Word allows nine levels; deeper nesting stays at the ninth. */
export const MAX_LIST_LEVEL = 8;

const BULLETS = ['•', '◦', '▪'] as const;
const NUMBER_FORMATS = [LevelFormat.DECIMAL, LevelFormat.LOWER_LETTER, LevelFormat.LOWER_ROMAN] as const;

/** Each level indents a further 0.25 in, with the text hanging past its marker. */
export const listIndent = (level: number) => ({ left: 360 * (level + 1), hanging: 360 });

function levels(kind: 'bullet' | 'number'): ILevelsOptions[] {
  return Array.from({ length: MAX_LIST_LEVEL + 1 }, (_, level) => ({
    level,
    format: kind === 'bullet' ? LevelFormat.BULLET : (NUMBER_FORMATS[level % 3] as (typeof NUMBER_FORMATS)[number]),
    text: kind === 'bullet' ? (BULLETS[level % 3] as string) : `%${level + 1}.`,
    alignment: AlignmentType.LEFT,
    style: { paragraph: { indent: listIndent(level) } },
  }));
}

export function numberingOptions(): INumberingOptions {
  return {
    config: [
      { reference: LIST_REFERENCE.bullet, levels: levels('bullet') },
      { reference: LIST_REFERENCE.number, levels: levels('number') },
    ],
  };
}

/** Hands out list instances: a fresh one starts the numbering again. */
export class ListInstances {
  private last = 0;
  next(): number {
    this.last += 1;
    return this.last;
  }
}
