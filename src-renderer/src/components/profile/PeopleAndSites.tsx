import type { JSX } from 'react';
import type { ProfileEdit } from '../../../../src-shared/project/profile-rules';
import { TextField } from './TextField';

type Organization = ProfileEdit['organization'];

interface PeopleAndSitesProps {
  organization: Organization;
  disabled: boolean;
  onChange: (patch: Partial<Organization>) => void;
}

/** Top management (the first is the most senior), the quality manager and the sites. */
export function PeopleAndSites({ organization, disabled, onChange }: PeopleAndSitesProps): JSX.Element {
  const people = organization.topManagement;
  const sites = organization.sites;
  return (
    <>
      <fieldset disabled={disabled}>
        <legend>People</legend>
        <p className="profile-hint">
          Top management: list the most senior person first; templates name them where the policy is signed.
        </p>
        {people.map((person, index) => (
          // biome-ignore lint/suspicious/noArrayIndexKey: rows have no identity but their place.
          <div className="profile-row" key={index}>
            <TextField
              label={`Name ${index + 1}`}
              value={person.name}
              onChange={(name) => onChange({ topManagement: people.map((p, i) => (i === index ? { ...p, name } : p)) })}
            />
            <TextField
              label={`Role ${index + 1}`}
              value={person.role}
              onChange={(role) => onChange({ topManagement: people.map((p, i) => (i === index ? { ...p, role } : p)) })}
            />
            <button
              type="button"
              aria-label={`Remove ${person.name || `person ${index + 1}`}`}
              onClick={() => onChange({ topManagement: people.filter((_, i) => i !== index) })}
            >
              Remove
            </button>
          </div>
        ))}
        <button type="button" onClick={() => onChange({ topManagement: [...people, { name: '', role: '' }] })}>
          Add a member of top management
        </button>
        <TextField
          label="Quality manager"
          value={organization.qualityManager}
          onChange={(qualityManager) => onChange({ qualityManager })}
        />
      </fieldset>
      <fieldset disabled={disabled}>
        <legend>Sites</legend>
        {sites.map((site, index) => (
          // biome-ignore lint/suspicious/noArrayIndexKey: rows have no identity but their place.
          <div className="profile-row" key={index}>
            <TextField
              label={`Site ${index + 1}`}
              value={site.name}
              onChange={(name) => onChange({ sites: sites.map((s, i) => (i === index ? { ...s, name } : s)) })}
            />
            <TextField
              label={`Address of site ${index + 1}`}
              value={site.address}
              onChange={(address) => onChange({ sites: sites.map((s, i) => (i === index ? { ...s, address } : s)) })}
            />
            <button
              type="button"
              aria-label={`Remove ${site.name || `site ${index + 1}`}`}
              onClick={() => onChange({ sites: sites.filter((_, i) => i !== index) })}
            >
              Remove
            </button>
          </div>
        ))}
        <button type="button" onClick={() => onChange({ sites: [...sites, { name: '', address: '' }] })}>
          Add a site
        </button>
      </fieldset>
    </>
  );
}
