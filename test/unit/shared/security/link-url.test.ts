import { describe, expect, it } from 'vitest';
import { isAllowedLinkUrl, linkUrlProblem } from '../../../../src-shared/security/link-url';

describe('links a document may hold (and the program may hand to the system)', () => {
  it.each([
    ['https://www.iso.org/standard/62085.html', true],
    ['http://example.com', true],
    ['https://intranet.example:8443/qms?doc=PRO-001#records', true],
    ['https://[2001:db8::1]/', true],
    ['mailto:quality@harrow.example', true],
    ['HTTPS://EXAMPLE.COM', true],
    ['file:///etc/passwd', false],
    ['javascript:alert(1)', false],
    ['JavaScript:alert(1)', false],
    [' javascript:alert(1)', false],
    ['data:text/html,<script>alert(1)</script>', false],
    ['vbscript:msgbox', false],
    ['smb://server/share', false],
    ['ms-msdt:/id', false],
    ['https://user:pass@evil.example', false],
    ['https://good.example\\@evil.example', false],
    ['https://exa mple.com', false],
    ['https://example.com/\u0000', false],
    ['https://-bad-.example', false],
    ['https://', false],
    ['mailto:', false],
    ['', false],
    [`https://example.com/${'a'.repeat(3000)}`, false],
  ])('%j -> %s', (url, expected) => {
    expect(isAllowedLinkUrl(url)).toBe(expected);
  });

  it('explains a refusal in words the user can act on', () => {
    expect(linkUrlProblem('https://example.com')).toBeNull();
    expect(linkUrlProblem('file:///C:/QMS/policy.docx')).toBe(
      '"file:///C:/QMS/policy.docx" cannot be a link: only web addresses (http, https) and e-mail addresses (mailto) are allowed.',
    );
  });
});
