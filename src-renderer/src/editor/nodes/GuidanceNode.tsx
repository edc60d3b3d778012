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
import { type GuidanceBlockJson, guidanceNodeModule } from '../../../../src-shared/editor/nodes';
import { themedElement } from './themed-element';

const GuidanceBlock = lazy(() => import('./GuidanceBlock'));

export type SerializedGuidanceNode = Spread<{ body: GuidanceBlockJson[] }, SerializedLexicalNode>;

/**
 * A note to the author from the template: shown in the editor as one block that can be
 * collapsed or removed in one action, never typed into, and never part of a controlled
 * copy. Its text is data (`body`), not editor content.
 */
export class GuidanceNode extends DecoratorNode<JSX.Element> {
  __body: GuidanceBlockJson[];

  static override getType(): string {
    return guidanceNodeModule.type;
  }

  static override clone(node: GuidanceNode): GuidanceNode {
    return new GuidanceNode(node.__body, node.__key);
  }

  static override importJSON(serialized: SerializedGuidanceNode): GuidanceNode {
    return $createGuidanceNode(serialized.body).updateFromJSON(serialized);
  }

  constructor(body: GuidanceBlockJson[], key?: NodeKey) {
    super(key);
    this.__body = body;
  }

  override exportJSON(): SerializedGuidanceNode {
    return { ...super.exportJSON(), body: this.getBody() };
  }

  getBody(): GuidanceBlockJson[] {
    return this.getLatest().__body;
  }

  override createDOM(config: EditorConfig): HTMLElement {
    return themedElement('div', config, 'guidance');
  }

  override updateDOM(): boolean {
    return false;
  }

  /** Not document text: left out of word counts, plain-text copies and search. */
  override getTextContent(): string {
    return '';
  }

  override isInline(): false {
    return false;
  }

  override decorate(): JSX.Element {
    return <GuidanceBlock body={this.__body} nodeKey={this.getKey()} />;
  }
}

export function $createGuidanceNode(body: GuidanceBlockJson[]): GuidanceNode {
  return $applyNodeReplacement(new GuidanceNode(body));
}

export function $isGuidanceNode(node: LexicalNode | null | undefined): node is GuidanceNode {
  return node instanceof GuidanceNode;
}
