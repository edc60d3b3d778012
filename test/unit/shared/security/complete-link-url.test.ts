import { describe, expect, it } from 'vitest';
import { completeLinkUrl } from '../../../../src-shared/security/complete-link-url';

describe('completing what was typed into a link field', () => {
  it.each([
    ['https://example.com/policy', 'https://example.com/policy'],
    ['  http://intranet.example.com  ', 'http://intranet.example.com'],
    ['www.example.com', 'https://www.example.com'],
    ['WWW.Example.com/a?b=1', 'https://WWW.Example.com/a?b=1'],
    ['mailto:quality@example.com', 'mailto:quality@example.com'],
    ['quality@example.com', 'mailto:quality@example.com'],
  ])('accepts %j as %j', (typed, url) => {
    expect(completeLinkUrl(typed)).toEqual({ ok: true, url });
  });

  it.each([
    'javascript:alert(1)',
    'JavaScript:alert(1)',
    'data:text/html,<script>alert(1)</script>',
    'file:///C:/Windows/system32',
    'ftp://example.com',
    'example.com',
    'https://user:pass@example.com',
    'www.exa mple.com',
  ])('refuses %j with a message that names it', (typed) => {
    const result = completeLinkUrl(typed);
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.message).toContain(typed.slice(0, 20));
      expect(result.message).toMatch(/only web addresses \(http, https\) and e-mail addresses \(mailto\)/);
    }
  });

  it('asks for an address when nothing was typed', () => {
    expect(completeLinkUrl('   ')).toEqual({ ok: false, message: 'Type the address the link goes to.' });
  });
});
