import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { z } from 'zod';
import { REPO_ROOT } from '../../../support/paths';

/**
 * The packaging configuration cannot be tried by packaging here (electron-builder would
 * download Electron). So it is checked twice: against the schema below, always, and
 * against electron-builder's own validation wherever electron-builder is installed.
 */
const CONFIG_FILE = 'electron-builder.yml';
const config: unknown = parse(readFileSync(join(REPO_ROOT, CONFIG_FILE), 'utf8'));
const packageJson = JSON.parse(readFileSync(join(REPO_ROOT, 'package.json'), 'utf8')) as {
  main: string;
  productName: string;
  scripts: Record<string, string>;
  devDependencies: Record<string, string>;
};

/** The fuses README "Packaging" promises, and the value each must have. */
const REQUIRED_FUSES = {
  runAsNode: false,
  enableCookieEncryption: true,
  enableNodeOptionsEnvironmentVariable: false,
  enableNodeCliInspectArguments: false,
  enableEmbeddedAsarIntegrityValidation: true,
  onlyLoadAppFromAsar: true,
} as const;

/** Every fuse electron-builder knows (FuseOptionsV1): a misspelt one would be silently ignored otherwise. */
const FuseOptions = z
  .object({
    runAsNode: z.boolean(),
    enableCookieEncryption: z.boolean(),
    enableNodeOptionsEnvironmentVariable: z.boolean(),
    enableNodeCliInspectArguments: z.boolean(),
    enableEmbeddedAsarIntegrityValidation: z.boolean(),
    onlyLoadAppFromAsar: z.boolean(),
    loadBrowserProcessSpecificV8Snapshot: z.boolean(),
    grantFileProtocolExtraPrivileges: z.boolean(),
    resetAdHocDarwinSignature: z.boolean(),
  })
  .partial()
  .strict();

/** The part of electron-builder's Configuration this project uses; any other key is a mistake. */
const PackagingConfig = z
  .object({
    appId: z.string().regex(/^[A-Za-z][A-Za-z0-9-]*(\.[A-Za-z][A-Za-z0-9-]*)+$/, 'a reverse-DNS id'),
    productName: z.string().min(1),
    directories: z.object({ output: z.string().min(1) }).strict(),
    files: z.array(z.string().min(1)).min(1),
    asar: z.literal(true),
    npmRebuild: z.boolean(),
    electronFuses: FuseOptions,
    mac: z.object({ category: z.string(), target: z.string() }).strict(),
    win: z.object({ target: z.string() }).strict(),
    linux: z.object({ category: z.string(), target: z.string() }).strict(),
  })
  .strict();

describe(`${CONFIG_FILE}: the packaging configuration`, () => {
  it('has only keys this project knows, with the right types', () => {
    const result = PackagingConfig.safeParse(config);
    expect(result.success ? [] : result.error.issues).toEqual([]);
  });

  it.each(Object.entries(REQUIRED_FUSES))('sets the %s fuse to %s', (fuse, value) => {
    const fuses = (config as { electronFuses?: Record<string, unknown> }).electronFuses ?? {};
    expect(fuses[fuse]).toBe(value);
  });

  it('packs the whole program into app.asar and unpacks nothing, so the integrity check covers it all', () => {
    expect(config).toMatchObject({ asar: true });
    expect(config).not.toHaveProperty('asarUnpack');
    expect(config).not.toHaveProperty('extraResources');
    expect(config).not.toHaveProperty('extraFiles');
  });

  it('ships the built program and its content, not the sources or the tests', () => {
    const files = (config as { files: string[] }).files;
    expect(files).toEqual(expect.arrayContaining(['package.json', 'out/**/*', 'resources/**/*', 'templates/**/*']));
    expect(packageJson.main.startsWith('out/')).toBe(true);
    for (const pattern of files) expect(pattern).not.toMatch(/^(src-|test|docs|scripts|\*\*)/);
  });

  it('is what `npm run package` uses: it builds first and never publishes', () => {
    expect((config as { productName: string }).productName).toBe(packageJson.productName);
    const script = packageJson.scripts.package ?? '';
    expect(script).toMatch(/^npm run build && electron-builder /);
    expect(script).toContain(`--config ${CONFIG_FILE}`);
    expect(script).toContain('--publish never');
    expect(packageJson.devDependencies['electron-builder']).toMatch(/^\d+\.\d+\.\d+$/);
  });
});

/** electron-builder's own loader and validator, when it is installed (it is a devDependency). */
function electronBuilderValidation():
  | {
      getConfig: (projectDir: string, configPath: string | null, options: null) => Promise<Record<string, unknown>>;
      validateConfiguration: (config: Record<string, unknown>, logger: unknown) => Promise<void>;
      logger: unknown;
    }
  | { reason: string } {
  const require = createRequire(join(REPO_ROOT, 'package.json'));
  try {
    const { getConfig, validateConfiguration } = require('app-builder-lib/out/util/config/config');
    const { DebugLogger } = require('builder-util');
    return { getConfig, validateConfiguration, logger: new DebugLogger(false) };
  } catch (error) {
    return { reason: `electron-builder is not installed here (${(error as Error).message.split('\n')[0]}); run npm ci` };
  }
}

describe("electron-builder's own validation", () => {
  const builder = electronBuilderValidation();

  it('loads and accepts the configuration as `npm run package` would', async (context) => {
    if ('reason' in builder) {
      console.log(`electron-builder validation skipped: ${builder.reason}.`);
      context.skip(builder.reason);
      return;
    }
    const loaded = await builder.getConfig(REPO_ROOT, CONFIG_FILE, null);
    expect(loaded.electronFuses).toEqual(expect.objectContaining(REQUIRED_FUSES));
    await expect(builder.validateConfiguration(loaded, builder.logger)).resolves.toBeUndefined();
    // And the validator does refuse a misspelt fuse, so the pass above means something.
    const misspelt = { ...loaded, electronFuses: { ...REQUIRED_FUSES, runAsnode: false } };
    await expect(builder.validateConfiguration(misspelt, builder.logger)).rejects.toThrow(/configuration\.electronFuses/);
  });
});
