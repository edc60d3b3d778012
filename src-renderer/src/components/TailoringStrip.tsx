import type { JSX } from 'react';
import type { TailoringFigures } from '../../../src-shared/tailoring/tailoring';
import { TEMPLATE_SHARE_WARNING, templateShare } from '../../../src-shared/tailoring/tailoring';

/**
 * How much of a document is still the template's: its sample wording (by sentence),
 * fields without a value, guidance blocks and [bracketed instructions] left. The most
 * common audit finding against template-built systems is a document about a generic
 * company; this keeps that in view while the author writes.
 */
export function TailoringStrip({ figures }: { figures: TailoringFigures }): JSX.Element | null {
  const share = templateShare(figures);
  const items: Array<{ text: string; warn: boolean; title: string }> = [];
  if (share !== null) {
    items.push({
      text: `${Math.round(share * 100)}% template wording`,
      warn: share >= TEMPLATE_SHARE_WARNING,
      title: `${figures.templateSentences} of ${figures.sentences} sentences are still word for word the template’s sample wording.`,
    });
  }
  if (figures.missingFields > 0) {
    items.push({
      text: `${figures.missingFields} empty field${figures.missingFields === 1 ? '' : 's'}`,
      warn: true,
      title: 'Linked fields without a value show as [Label]; fill them in in the project profile or the document details.',
    });
  }
  if (figures.guidanceBlocks > 0) {
    items.push({
      text: `${figures.guidanceBlocks} guidance block${figures.guidanceBlocks === 1 ? '' : 's'}`,
      warn: false,
      title: 'Guidance for the author: remove each block once you have done what it says. It is never printed.',
    });
  }
  if (figures.bracketedInstructions > 0) {
    items.push({
      text: `${figures.bracketedInstructions} [bracketed] to replace`,
      warn: true,
      title: 'Square-bracketed instructions mark facts only your organization knows.',
    });
  }
  if (items.length === 0) {
    return share === null ? null : (
      <p className="tailoring tailoring-done">Tailored: no template wording, empty fields or instructions left.</p>
    );
  }
  return (
    <p className="tailoring">
      <span className="tailoring-label">Still to tailor:</span>
      {items.map((item) => (
        <span key={item.text} className={item.warn ? 'tailoring-item tailoring-warn' : 'tailoring-item'} title={item.title}>
          {item.text}
        </span>
      ))}
    </p>
  );
}
