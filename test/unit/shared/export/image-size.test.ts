import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { imageSize } from '../../../../src-shared/export/image-size';
import { REPO_ROOT } from '../../../support/paths';

describe('image size', () => {
  it('reads the size of the sample logo (PNG)', () => {
    const size = imageSize(readFileSync(join(REPO_ROOT, 'resources/sample-project/assets/logo.png')));
    expect(size?.type).toBe('png');
    expect(size?.width).toBeGreaterThan(0);
    expect(size?.height).toBeGreaterThan(0);
  });

  it('reads a JPEG from its start-of-frame marker, past other segments', () => {
    const jpeg = new Uint8Array([
      0xff, 0xd8, 0xff, 0xe0, 0x00, 0x04, 0x00, 0x00, 0xff, 0xc4, 0x00, 0x04, 0x00, 0x00, 0xff, 0xc0, 0x00, 0x0b, 0x08, 0x00,
      0x30, 0x01, 0x40, 0x03, 0x01, 0x22, 0x00,
    ]);
    expect(imageSize(jpeg)).toEqual({ type: 'jpg', width: 320, height: 48 });
  });

  it('answers null for anything else or a truncated header', () => {
    expect(imageSize(new TextEncoder().encode('<svg xmlns="http://www.w3.org/2000/svg"/>'))).toBeNull();
    expect(imageSize(new Uint8Array([0x89, 0x50, 0x4e, 0x47]))).toBeNull();
    expect(imageSize(new Uint8Array([0xff, 0xd8, 0xff, 0xe0, 0x00, 0x10]))).toBeNull();
  });
});
