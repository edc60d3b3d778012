import {
  $applyNodeReplacement,
  DecoratorNode,
  type EditorConfig,
  type LexicalNode,
  type NodeKey,
  type SerializedLexicalNode,
  type Spread,
} from 'lexical';
import { type JSX, lazy } from 'react';
import { fieldNodeModule } from '../../../../src-shared/editor/nodes';
import { themedElement } from './themed-element';

const FieldChip = lazy(() => import('./FieldChip'));

export type SerializedFieldNode = Spread<{ path: string; format: number }, SerializedLexicalNode>;

/**
 * A linked field: the document keeps the path ("organization.name") and the editor
 * shows what it resolves to now, so the text never holds a copy of the value. One unit
 * for the caret: Backspace removes it whole.
 */
export class FieldNode extends DecoratorNode<JSX.Element> {
  __path: string;
  __format: number;

  static override getType(): string {
    return fieldNodeModule.type;
  }

  static override clone(node: FieldNode): FieldNode {
    return new FieldNode(node.__path, node.__format, node.__key);
  }

  static override importJSON(serialized: SerializedFieldNode): FieldNode {
    return $createFieldNode(serialized.path, serialized.format ?? 0).updateFromJSON(serialized);
  }

  constructor(path: string, format = 0, key?: NodeKey) {
    super(key);
    this.__path = path;
    this.__format = format;
  }

  override exportJSON(): SerializedFieldNode {
    return { ...super.exportJSON(), path: this.getPath(), format: this.getFormat() };
  }

  getPath(): string {
    return this.getLatest().__path;
  }

  getFormat(): number {
    return this.getLatest().__format;
  }

  setFormat(format: number): this {
    const writable = this.getWritable();
    writable.__format = format;
    return writable;
  }

  override createDOM(config: EditorConfig): HTMLElement {
    return themedElement('span', config, 'field');
  }

  override updateDOM(): boolean {
    return false;
  }

  /** Plain-text copies carry the placeholder, so pasting it into a template keeps the link. */
  override getTextContent(): string {
    return `{{${this.getPath()}}}`;
  }

  override isInline(): true {
    return true;
  }

  override decorate(): JSX.Element {
    return <FieldChip path={this.__path} format={this.__format} nodeKey={this.getKey()} />;
  }
}

export function $createFieldNode(path: string, format = 0): FieldNode {
  return $applyNodeReplacement(new FieldNode(path, format));
}

export function $isFieldNode(node: LexicalNode | null | undefined): node is FieldNode {
  return node instanceof FieldNode;
}
