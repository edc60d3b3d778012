// biome-ignore-all lint/suspicious/noArrayIndexKey: stored blocks are data without ids and never reorder while shown.
import { Fragment, type JSX, type ReactNode } from 'react';
import { hasFormat, type InlineJson, type ListJson } from '../../../../src-shared/editor/nodes';
import type { SerializedNodeShape } from '../../../../src-shared/editor/serialized-content';
import { useFieldDisplay } from '../fields/field-values';

/**
 * Stored blocks drawn as plain React, read-only: for content that is data rather than
 * editor text (a guidance block's body). Paragraphs, quotes, lists and inline content.
 */
export function SerializedBlocks({ blocks }: { blocks: readonly SerializedNodeShape[] }): JSX.Element {
  return <>{blocks.map((block, index) => renderBlock(block, index))}</>;
}

function renderBlock(block: SerializedNodeShape, key: number): ReactNode {
  const children = block.children ?? [];
  switch (block.type) {
    case 'paragraph':
      return <p key={key}>{renderInline(children)}</p>;
    case 'quote':
      return <blockquote key={key}>{renderInline(children)}</blockquote>;
    case 'list':
      return renderList(block as unknown as ListJson, key);
    default:
      return null;
  }
}

function renderList(list: ListJson, key: number): ReactNode {
  const items = list.children.map((item, index) => {
    const nested = item.children.find((child): child is ListJson => child.type === 'list');
    if (nested)
      return (
        <li key={index} className="qms-li-nested">
          {renderList(nested, index)}
        </li>
      );
    const mark = list.listType === 'check' ? (item.checked ? '☒ ' : '☐ ') : '';
    return (
      <li key={index}>
        {mark}
        {renderInline(item.children as unknown as SerializedNodeShape[])}
      </li>
    );
  });
  return list.listType === 'number' ? (
    <ol key={key} start={list.start}>
      {items}
    </ol>
  ) : (
    <ul key={key} className={list.listType === 'check' ? 'qms-check-plain' : undefined}>
      {items}
    </ul>
  );
}

function renderInline(nodes: readonly SerializedNodeShape[]): ReactNode[] {
  return nodes.map((node, index) => {
    const inline = node as unknown as InlineJson;
    switch (inline.type) {
      case 'text':
        return <FormattedText key={index} text={inline.text} format={inline.format} />;
      case 'linebreak':
        return <br key={index} />;
      case 'tab':
        return <Fragment key={index}>{'\t'}</Fragment>;
      case 'field':
        return <FieldText key={index} path={inline.path} />;
      case 'link':
        // Shown as text: guidance is read, not followed; the address is in the tooltip.
        return (
          <span key={index} className="qms-link" title={inline.url}>
            {renderInline(inline.children as unknown as SerializedNodeShape[])}
          </span>
        );
      default:
        return null;
    }
  });
}

function FormattedText({ text, format }: { text: string; format: number }): ReactNode {
  let out: ReactNode = text;
  if (hasFormat(format, 'bold')) out = <strong>{out}</strong>;
  if (hasFormat(format, 'italic')) out = <em>{out}</em>;
  if (hasFormat(format, 'underline')) out = <u>{out}</u>;
  if (hasFormat(format, 'strikethrough')) out = <s>{out}</s>;
  return out;
}

function FieldText({ path }: { path: string }): JSX.Element {
  const { text, missing, hint } = useFieldDisplay(path);
  return (
    <span className={missing ? 'qms-field-chip qms-field-missing' : 'qms-field-chip'} title={hint}>
      {text}
    </span>
  );
}
