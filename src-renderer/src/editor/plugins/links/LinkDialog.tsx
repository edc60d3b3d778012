import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { type JSX, useState } from 'react';
import { completeLinkUrl } from '../../../../../src-shared/security/complete-link-url';
import { Dialog } from '../../../components/Dialog';

interface LinkDialogProps {
  /** The address of the link being edited; null for a new link. */
  current: string | null;
  onApply: (url: string) => void;
  onRemove: () => void;
  onCancel: () => void;
}

/** The address of a link: web pages and e-mail only; anything else is refused with the reason. */
export function LinkDialog({ current, onApply, onRemove, onCancel }: LinkDialogProps): JSX.Element {
  const [editor] = useLexicalComposerContext();
  const [typed, setTyped] = useState(current ?? '');
  const [error, setError] = useState<string | null>(null);
  return (
    <Dialog
      returnFocus={() => editor.focus()}
      title={current ? 'Edit link' : 'Add a link'}
      submitLabel={current ? 'Save link' : 'Add link'}
      error={error}
      onCancel={onCancel}
      onSubmit={() => {
        const result = completeLinkUrl(typed);
        if (result.ok) onApply(result.url);
        else setError(result.message);
      }}
    >
      <label>
        Address (https://…, www.… or an e-mail address)
        <input
          type="text"
          inputMode="url"
          autoComplete="off"
          spellCheck={false}
          value={typed}
          aria-invalid={error ? true : undefined}
          onChange={(event) => {
            setTyped(event.target.value);
            setError(null);
          }}
        />
      </label>
      {current ? (
        <button type="button" className="link-remove" onClick={onRemove}>
          Remove link
        </button>
      ) : null}
    </Dialog>
  );
}
