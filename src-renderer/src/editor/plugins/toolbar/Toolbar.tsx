import type { JSX } from 'react';
import { ClauseTagControl } from '../../clause-tags/ClauseTagControl';
import { ToolbarDivider } from '../../ui/ToolbarButton';
import { BlockStyleSelect } from '../block-format/BlockStyleSelect';
import { ClearFormattingButton } from '../clear-formatting/ClearFormattingButton';
import { HistoryControls } from '../history/HistoryControls';
import { HorizontalRuleButton } from '../horizontal-rule/HorizontalRuleButton';
import { LinkControls } from '../links/LinkControls';
import { ListControls } from '../lists/ListControls';
import { PageBreakButton } from '../page-break/PageBreakButton';
import { TabModeStatus } from '../tab-keys/TabModeStatus';
import { TableControls } from '../tables/TableControls';
import { TextFormatControls } from '../text-format/TextFormatControls';
import './toolbar.css';

interface ToolbarProps {
  disabled: boolean;
  /** Opens the clause picker for the section at the cursor; absent until the catalog is loaded. */
  onTagSection?: (() => void) | undefined;
}

/**
 * The editor's toolbar, assembled from the features' own controls (plugins/<feature>).
 * Each control reads only what it shows from the selection and re-renders only when
 * that changes.
 */
export function Toolbar({ disabled, onTagSection }: ToolbarProps): JSX.Element {
  return (
    <div className="toolbar" role="toolbar" aria-label="Formatting">
      <div className="toolbar-group">
        <HistoryControls disabled={disabled} />
      </div>
      <ToolbarDivider />
      <div className="toolbar-group">
        <BlockStyleSelect disabled={disabled} />
      </div>
      <ToolbarDivider />
      <div className="toolbar-group">
        <TextFormatControls disabled={disabled} />
        <ClearFormattingButton disabled={disabled} />
      </div>
      <ToolbarDivider />
      <div className="toolbar-group">
        <ListControls disabled={disabled} />
      </div>
      <ToolbarDivider />
      <div className="toolbar-group">
        <LinkControls disabled={disabled} />
        <TableControls disabled={disabled} />
        <HorizontalRuleButton disabled={disabled} />
        <PageBreakButton disabled={disabled} />
      </div>
      <ToolbarDivider />
      <div className="toolbar-group">
        <ClauseTagControl disabled={disabled} onTagSection={onTagSection} />
      </div>
      <TabModeStatus />
    </div>
  );
}
