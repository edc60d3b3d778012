import type { JSX } from 'react';
import type { QmsApi } from '../../../../src-shared/api/client';
import { PAGE_SIZES, type PageSize } from '../../../../src-shared/export/page-setup';
import { ASSET_LIMITS } from '../../../../src-shared/project/asset-limits';
import type { ExportSettings } from '../../../../src-shared/project/schema';
import { uploadAsset } from './upload-file';

interface WordExportFieldsProps {
  api: QmsApi;
  settings: ExportSettings;
  disabled: boolean;
  onChange: (settings: ExportSettings) => void;
  onProblem: (message: string) => void;
}

const PAGE_LABELS: Record<PageSize, string> = { A4: 'A4 (210 × 297 mm)', Letter: 'US Letter (8.5 × 11 in)' };

/**
 * How Word exports look: the paper size, and a house style, a Word document or
 * template whose styles every export takes on (as pandoc's --reference-doc does).
 */
export function WordExportFields({ api, settings, disabled, onChange, onProblem }: WordExportFieldsProps): JSX.Element {
  return (
    <fieldset disabled={disabled}>
      <legend>Word export</legend>
      <div className="profile-grid">
        <label className="profile-field">
          Paper size
          <select
            value={settings.pageSize}
            onChange={(event) => onChange({ ...settings, pageSize: event.target.value as PageSize })}
          >
            {PAGE_SIZES.map((size) => (
              <option key={size} value={size}>
                {PAGE_LABELS[size]}
              </option>
            ))}
          </select>
        </label>
        <div className="profile-field">
          <span>House style</span>
          <span className="profile-hint">
            {settings.houseStyle
              ? `Exports use the styles of ${settings.houseStyle}.`
              : 'Exports use the program’s clean built-in styles.'}
          </span>
          <label className="profile-field">
            {settings.houseStyle ? 'Replace the house style' : 'Use a house style'} (a Word .docx or .dotx, up to{' '}
            {ASSET_LIMITS.houseStyle.words})
            <input
              type="file"
              accept=".docx,.dotx,application/vnd.openxmlformats-officedocument.wordprocessingml.document,application/vnd.openxmlformats-officedocument.wordprocessingml.template"
              onChange={async (event) => {
                const file = event.target.files?.[0];
                event.target.value = '';
                if (!file) return;
                const stored = await uploadAsset(file, 'houseStyle', api.importHouseStyle);
                if ('problem' in stored) return onProblem(stored.problem);
                onChange({ ...settings, houseStyle: stored.path });
              }}
            />
          </label>
          {settings.houseStyle ? (
            <button type="button" onClick={() => onChange({ ...settings, houseStyle: null })}>
              Use the built-in styles
            </button>
          ) : null}
        </div>
      </div>
    </fieldset>
  );
}
