import {
  $applyNodeReplacement,
  DecoratorNode,
  type DOMConversionMap,
  type DOMExportOutput,
  type LexicalNode,
  type SerializedLexicalNode,
} from 'lexical';
import { type JSX, lazy } from 'react';
import { pageBreakNodeModule } from '../../../../src-shared/editor/nodes';

const PageBreakView = lazy(() => import('./PageBreakView'));

export type SerializedPageBreakNode = SerializedLexicalNode;

/**
 * Where the next page starts: a block of its own, selected with a click and deleted
 * like a character. It prints as a page break and the Word file gets a real one.
 */
export class PageBreakNode extends DecoratorNode<JSX.Element> {
  static override getType(): string {
    return pageBreakNodeModule.type;
  }

  static override clone(node: PageBreakNode): PageBreakNode {
    return new PageBreakNode(node.__key);
  }

  static override importJSON(serialized: SerializedPageBreakNode): PageBreakNode {
    return $createPageBreakNode().updateFromJSON(serialized);
  }

  static override importDOM(): DOMConversionMap | null {
    return {
      figure: (element: HTMLElement) =>
        element.getAttribute('type') === 'page-break'
          ? { conversion: () => ({ node: $createPageBreakNode() }), priority: 1 }
          : null,
    };
  }

  override createDOM(): HTMLElement {
    const element = document.createElement('figure');
    element.className = 'qms-page-break';
    element.setAttribute('type', 'page-break');
    return element;
  }

  override exportDOM(): DOMExportOutput {
    const element = document.createElement('figure');
    element.setAttribute('type', 'page-break');
    element.style.breakAfter = 'page';
    return { element };
  }

  override getTextContent(): string {
    return '\n';
  }

  override isInline(): false {
    return false;
  }

  override updateDOM(): boolean {
    return false;
  }

  override decorate(): JSX.Element {
    return <PageBreakView nodeKey={this.__key} />;
  }
}

export function $createPageBreakNode(): PageBreakNode {
  return $applyNodeReplacement(new PageBreakNode());
}

export function $isPageBreakNode(node: LexicalNode | null | undefined): node is PageBreakNode {
  return node instanceof PageBreakNode;
}
