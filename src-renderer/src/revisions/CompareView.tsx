// biome-ignore-all lint/suspicious/noArrayIndexKey: a comparison is computed once and shown as it is; its rows never reorder.
import { type JSX, type ReactNode, useId, useState } from 'react';
import type { CompareBlock } from '../../../src-shared/editor/compare/compare-blocks';
import { type BlockComparison, type Comparison, describeSummary } from '../../../src-shared/editor/compare/compare-content';
import type { TextSegment } from '../../../src-shared/editor/compare/word-diff';
import './revisions.css';

export interface CompareViewProps {
  /** What is compared, in the heading's words: "revision 3", "the version of 12 Mar 2026 14:05, Q. Approver". */
  from: string;
  /** What it is compared with: "draft 4", "the current draft". */
  to: string;
  comparison: Comparison | null;
  note: string | null;
  loading: boolean;
  error: string | null;
  onRefresh: () => void;
  onClose: () => void;
  /** Start with only the changes shown (a comparison inside a dialog, where room is short). */
  changesOnlyAtFirst?: boolean;
}

/**
 * What changed from one text to another (the revision in force to the draft, or one version
 * to another), block by block. Inserted text is
 * underlined and deleted text struck through (not told by colour alone), and each mark
 * carries a hidden "inserted:" or "deleted:" for screen readers.
 */
export function CompareView(props: CompareViewProps): JSX.Element {
  const titleId = useId();
  const { comparison } = props;
  // In a long manual the few changes are easier to find without the unchanged text between them.
  const [changesOnly, setChangesOnly] = useState(props.changesOnlyAtFirst ?? false);
  return (
    <section className="revision-side compare-view" aria-labelledby={titleId} aria-busy={props.loading}>
      <header className="revision-side-header">
        <h2 id={titleId}>
          Changes from {props.from} to {props.to}
        </h2>
        <button type="button" onClick={props.onRefresh} disabled={props.loading}>
          Compare again
        </button>
        <button type="button" aria-pressed={changesOnly} onClick={() => setChangesOnly(!changesOnly)}>
          Changes only
        </button>
        <button type="button" onClick={props.onClose}>
          Close
        </button>
      </header>
      {props.error ? (
        <p className="revision-side-error" role="alert">
          {props.error}
        </p>
      ) : !comparison ? (
        <p className="muted">Comparing…</p>
      ) : (
        <>
          <p className="compare-summary" role="status">
            {describeSummary(comparison.summary)}.
          </p>
          <p className="revision-side-lead">
            Inserted text is <ins>underlined</ins>, deleted text is <del>struck through</del>. Guidance for the author is not
            compared.
          </p>
          {props.note ? <p className="revision-side-error">{props.note}</p> : null}
          <div className="compare-blocks">
            {comparison.blocks.map((entry, index) => {
              if (!changesOnly || entry.change !== 'same') return <CompareRow key={index} entry={entry} />;
              // One mark where unchanged blocks are left out.
              return comparison.blocks[index - 1]?.change === 'same' ? null : (
                <div key={index} className="compare-gap" aria-hidden="true">
                  ⋯
                </div>
              );
            })}
          </div>
        </>
      )}
    </section>
  );
}

const MARKS: Record<BlockComparison['change'], { sign: string; label: string }> = {
  same: { sign: '', label: '' },
  inserted: { sign: '+', label: 'Added block' },
  deleted: { sign: '−', label: 'Removed block' },
  changed: { sign: '~', label: 'Changed block' },
};

function CompareRow({ entry }: { entry: BlockComparison }): JSX.Element {
  const { block, change } = entry;
  const mark = MARKS[change] ?? MARKS.same;
  const text =
    change === 'changed' ? (
      entry.segments.map((segment, index) => <Segment key={index} segment={segment} />)
    ) : change === 'inserted' ? (
      <Marked change="inserted">{shown(block.text)}</Marked>
    ) : change === 'deleted' ? (
      <Marked change="deleted">{shown(block.text)}</Marked>
    ) : (
      shown(block.text)
    );
  return (
    <div className={`compare-block compare-${change} compare-kind-${block.kind} ${kindClass(block)}`}>
      <span className="compare-sign" aria-hidden="true">
        {mark.sign}
      </span>
      {mark.label ? <span className="visually-hidden">{mark.label}: </span> : null}
      <span className="compare-text">
        {prefix(block)}
        {text}
        {change === 'changed' && entry.before.kind !== block.kind ? (
          <span className="muted"> (was {kindName(entry.before)})</span>
        ) : null}
      </span>
    </div>
  );
}

function Segment({ segment }: { segment: TextSegment }): ReactNode {
  if (segment.change === 'same') return shown(segment.text);
  return <Marked change={segment.change}>{shown(segment.text)}</Marked>;
}

function Marked({ change, children }: { change: 'inserted' | 'deleted'; children: ReactNode }): JSX.Element {
  const label = <span className="visually-hidden">{change}: </span>;
  return change === 'inserted' ? (
    <ins>
      {label}
      {children}
    </ins>
  ) : (
    <del>
      {label}
      {children}
    </del>
  );
}

/** A table row's cells apart by a visible bar. */
function shown(text: string): string {
  return text.replace(/\t/g, ' │ ');
}

function prefix(block: CompareBlock): string {
  if (block.kind !== 'list-item') return '';
  if (block.detail === 'check') return '☐ ';
  if (block.detail === 'check-done') return '☒ ';
  return block.detail === 'number' ? '# ' : '• ';
}

function kindClass(block: CompareBlock): string {
  if (block.kind === 'heading') return `compare-${block.detail}`;
  if (block.kind === 'list-item') return `compare-depth-${Math.min(block.depth, 6)}`;
  return '';
}

function kindName(block: CompareBlock): string {
  switch (block.kind) {
    case 'heading':
      return `a heading (${block.detail})`;
    case 'list-item':
      return 'a list item';
    case 'table-row':
      return 'a table row';
    case 'other':
      return `a ${block.detail}`;
    default:
      return `a ${block.kind}`;
  }
}
