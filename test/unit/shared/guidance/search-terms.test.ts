import { describe, expect, it } from 'vitest';
import { sharedWordRuns } from '../../../../src-shared/guidance/catalog-checks';
import { searchTerms } from '../../../../src-shared/guidance/search-terms';

describe('searchTerms', () => {
  it('keeps meaningful words and clause numbers, drops common words', () => {
    expect(searchTerms('The control of documented information (7.5.3)')).toEqual([
      'control',
      'documented',
      'information',
      '7.5.3',
    ]);
  });

  it('splits hyphenated words and ignores bare numbers', () => {
    expect(searchTerms('risk-based thinking in 2026')).toEqual(['risk', 'based', 'thinking']);
  });
});

describe('the 12-word copy check', () => {
  const sentence = 'the quality manager checks every calibration certificate before the gauge goes back into use';
  it('finds a run shared by two entries', () => {
    const found = sharedWordRuns([
      { id: 'a', texts: [`First, ${sentence}.`] },
      { id: 'b', texts: [`In short: ${sentence}!`] },
    ]);
    expect(found.length).toBeGreaterThan(0);
    expect(found[0]?.entries).toEqual(['a', 'b']);
  });

  it('allows a run repeated within one entry and runs shorter than 12 words', () => {
    expect(sharedWordRuns([{ id: 'a', texts: [sentence, sentence] }])).toEqual([]);
    expect(
      sharedWordRuns([
        { id: 'a', texts: ['one two three four five six seven eight nine ten eleven'] },
        { id: 'b', texts: ['one two three four five six seven eight nine ten eleven'] },
      ]),
    ).toEqual([]);
  });
});
