import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { type JSX, useEffect, useState } from 'react';
import { BlockCounts, type TextCount } from './count-words';

/** Counting waits for a pause in typing; it never runs per keystroke. */
export const WORD_COUNT_DELAY_MS = 500;

const number = new Intl.NumberFormat('en-GB');

/** "1,234 words", with the characters in the tooltip. */
export function WordCount(): JSX.Element {
  const [editor] = useLexicalComposerContext();
  const [count, setCount] = useState<TextCount | null>(null);

  useEffect(() => {
    const counts = new BlockCounts();
    let timer: number | undefined;
    const recount = () => setCount(editor.getEditorState().read(() => counts.$total()));
    const schedule = () => {
      window.clearTimeout(timer);
      timer = window.setTimeout(() => {
        if ('requestIdleCallback' in window) window.requestIdleCallback(recount, { timeout: 1000 });
        else recount();
      }, WORD_COUNT_DELAY_MS);
    };
    schedule();
    const stop = editor.registerUpdateListener(({ dirtyElements, dirtyLeaves }) => {
      if (dirtyElements.size === 0 && dirtyLeaves.size === 0) return;
      counts.markDirty(dirtyElements.keys());
      counts.markDirty(dirtyLeaves);
      schedule();
    });
    return () => {
      window.clearTimeout(timer);
      stop();
    };
  }, [editor]);

  const words = count ? `${number.format(count.words)} ${count.words === 1 ? 'word' : 'words'}` : 'Counting…';
  const title = count
    ? `${number.format(count.words)} words, ${number.format(count.characters)} characters including spaces. Guidance for the author is not counted.`
    : undefined;
  return (
    <span className="word-count" data-testid="word-count" title={title}>
      {words}
    </span>
  );
}
