import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import { DomainError } from '../../src-shared/api/result';
import type { DocumentFile } from '../../src-shared/project/schema';
import { PROJECT_TEMPLATES_DIR } from '../../src-shared/project/schema';
import { documentToTemplate, type TemplateDetails } from '../../src-shared/templates/document-to-template';
import { writeNewFileAtomic } from './atomic-write';
import { checkTemplateId, TEMPLATE_EXTENSION, type TemplateLibrary } from './template-library';

/**
 * Writes a document as a template of its project (templates/<id>.md), in the library's
 * format. An id already in the library is refused, and a file is never overwritten.
 */
export async function writeProjectTemplate(
  projectFolder: string,
  library: TemplateLibrary,
  file: DocumentFile,
  details: TemplateDetails,
): Promise<{ file: string }> {
  checkTemplateId(details.id);
  const { templates } = await library.list();
  const taken = templates.find((template) => template.frontMatter.id === details.id);
  if (taken) {
    throw new DomainError(
      'invalid-request',
      `The template id "${details.id}" is taken by the ${taken.source} template ${taken.frontMatter.title}.`,
    );
  }
  let markdown: string;
  try {
    markdown = documentToTemplate(file.meta, file.content, details);
  } catch (error) {
    throw new DomainError('invalid-request', `${file.meta.id} cannot be saved as a template: ${(error as Error).message}`);
  }
  const relative = `${PROJECT_TEMPLATES_DIR}/${details.id}${TEMPLATE_EXTENSION}`;
  await mkdir(join(projectFolder, PROJECT_TEMPLATES_DIR), { recursive: true });
  try {
    await writeNewFileAtomic(join(projectFolder, relative), markdown);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'EEXIST') {
      throw new DomainError('invalid-request', `${relative} already exists; choose another id.`);
    }
    throw error;
  }
  return { file: relative };
}
