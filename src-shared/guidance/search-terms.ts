/** Words too common to search by. */
const STOP_WORDS = new Set(
  'a an and are as at be by can do does for from has have how if in into is it its of on or so that the their them then there these they this to was were what when where which who will with you your'.split(
    ' ',
  ),
);

/**
 * The search terms of a text: lower-case words of two letters or more, without
 * common words, plus clause numbers as they are written ("7.5.3"). The same function
 * indexes the guidance and reads the query, so they always agree.
 */
export function searchTerms(text: string): string[] {
  const terms = new Set<string>();
  for (const raw of text.toLowerCase().split(/[^a-z0-9.-]+/)) {
    const word = raw.replace(/^[.-]+|[.-]+$/g, '');
    if (/^\d{1,2}(\.\d{1,2}){0,3}$/.test(word)) terms.add(word);
    for (const part of word.split(/[.-]/)) {
      if (part.length >= 2 && !STOP_WORDS.has(part) && !/^\d+$/.test(part)) terms.add(part);
    }
  }
  return [...terms];
}
