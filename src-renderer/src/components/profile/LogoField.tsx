import { type JSX, useEffect, useState } from 'react';
import type { QmsApi } from '../../../../src-shared/api/client';
import { ASSET_LIMITS } from '../../../../src-shared/project/asset-limits';
import { fileToBase64, uploadAsset } from './upload-file';

interface LogoFieldProps {
  api: QmsApi;
  /** The logo's path in the project (assets/logo.png), or null. */
  path: string | null;
  disabled: boolean;
  onChange: (path: string | null) => void;
  onProblem: (message: string) => void;
}

/** The logo for document headers: a PNG or JPEG stored in the project's assets. */
export function LogoField({ api, path, disabled, onChange, onProblem }: LogoFieldProps): JSX.Element {
  const [source, setSource] = useState<string | null>(null);
  useEffect(() => {
    if (!path) return setSource(null);
    void api.readLogo({ path }).then((result) => {
      if (!result.ok) {
        setSource(null);
        onProblem(result.error.message);
        return;
      }
      const logo = result.value.logo;
      setSource(logo ? `data:${logo.mediaType};base64,${logo.base64}` : null);
    });
  }, [api, path, onProblem]);

  return (
    <fieldset disabled={disabled}>
      <legend>Logo</legend>
      <div className="profile-logo">
        {source ? <img src={source} alt="The organization’s logo" /> : <span className="muted">No logo.</span>}
        <label className="profile-field">
          {path ? 'Replace the logo' : 'Add a logo'} (PNG or JPEG, up to {ASSET_LIMITS.logo.words})
          <input
            type="file"
            accept="image/png,image/jpeg"
            onChange={async (event) => {
              const file = event.target.files?.[0];
              event.target.value = '';
              if (!file) return;
              const stored = await uploadAsset(file, 'logo', api.importLogo);
              if ('problem' in stored) return onProblem(stored.problem);
              // Same path, new picture: read it again.
              if (stored.path === path) setSource(`data:${file.type};base64,${await fileToBase64(file)}`);
              onChange(stored.path);
            }}
          />
        </label>
        {path ? (
          <button type="button" onClick={() => onChange(null)}>
            Remove the logo
          </button>
        ) : null}
      </div>
    </fieldset>
  );
}
