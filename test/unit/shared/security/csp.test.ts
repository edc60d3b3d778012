import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CSP_HEADER_ONLY_DIRECTIVES, contentSecurityPolicy } from '../../../../src-shared/security/csp';
import { REPO_ROOT } from '../../../support/paths';

describe('the Content-Security-Policy', () => {
  const policy = contentSecurityPolicy(CSP_HEADER_ONLY_DIRECTIVES);

  it('allows nothing remote, no inline script and no eval', () => {
    expect(policy).not.toMatch(/https?:|\*|'unsafe-inline'|'unsafe-eval'|wss?:/);
    expect(policy).toContain("default-src 'none'");
    expect(policy).toContain("script-src 'self'");
    expect(policy).toContain("object-src 'none'");
    expect(policy).toContain("frame-ancestors 'none'");
  });

  it('is the policy written into the built page', () => {
    const built = join(REPO_ROOT, 'out', 'renderer', 'index.html');
    expect(existsSync(built), 'run `npm run build` first (npm test does)').toBe(true);
    expect(readFileSync(built, 'utf8')).toContain(`content="${contentSecurityPolicy()}"`);
  });
});
