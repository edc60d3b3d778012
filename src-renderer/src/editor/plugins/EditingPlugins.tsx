import type { JSX } from 'react';
import { ClearFormattingPlugin } from './clear-formatting/ClearFormattingPlugin';
import { HorizontalRulePlugin } from './horizontal-rule/HorizontalRulePlugin';
import { MoveBlockPlugin } from './move-block/MoveBlockPlugin';
import { PageBreakPlugin } from './page-break/PageBreakPlugin';
import { TabKeysPlugin } from './tab-keys/TabKeysPlugin';
import { TablesPlugin } from './tables/TablesPlugin';
import { TextFormatShortcutsPlugin } from './text-format/TextFormatShortcutsPlugin';

/** The editing features' own plugins (commands and keys), mounted once beside Lexical's. */
export function EditingPlugins(): JSX.Element {
  return (
    <>
      <TextFormatShortcutsPlugin />
      <ClearFormattingPlugin />
      <TabKeysPlugin />
      <TablesPlugin />
      <HorizontalRulePlugin />
      <PageBreakPlugin />
      <MoveBlockPlugin />
    </>
  );
}
