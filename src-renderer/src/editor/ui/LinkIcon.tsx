import type { JSX } from 'react';

/** Two chain links, drawn: the emoji is missing from many Linux fonts. */
export function LinkIcon(): JSX.Element {
  return (
    <svg width="16" height="16" viewBox="0 0 16 16" fill="none" stroke="currentColor" strokeWidth="1.6" aria-hidden="true">
      <path d="M6.5 9.5l3-3" strokeLinecap="round" />
      <path d="M7 4.5l1.2-1.2a2.6 2.6 0 013.7 3.7L10.7 8.2" strokeLinecap="round" />
      <path d="M9 11.5l-1.2 1.2a2.6 2.6 0 01-3.7-3.7l1.2-1.2" strokeLinecap="round" />
    </svg>
  );
}
