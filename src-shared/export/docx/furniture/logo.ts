import { ImageRun } from 'docx';
import type { ExportLogo } from '../../export-model';

/** The logo scaled to a height in pixels (96 to the inch), its proportions kept, never wider than maxWidth. */
export function logoRun(logo: ExportLogo, height: number, maxWidth: number): ImageRun {
  let width = Math.round((logo.width / logo.height) * height);
  let scaledHeight = height;
  if (width > maxWidth) {
    scaledHeight = Math.round((maxWidth / width) * height);
    width = maxWidth;
  }
  return new ImageRun({
    type: logo.type,
    data: logo.data,
    transformation: { width, height: scaledHeight },
    altText: { name: 'Logo', title: 'Organization logo', description: 'Organization logo' },
  });
}
