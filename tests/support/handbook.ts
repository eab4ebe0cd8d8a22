// The built-in handbook section a finding cites, as the renderer prints it under the finding: for tests that
// check a verdict teaches from the section about its problem, not from a definition.
import { loadDocIndex } from '../../src/docs/load.js';
import { annotate } from '../../src/docs/annotate.js';
import type { DocIndex } from '../../src/docs/types.js';

let handbook: Promise<DocIndex> | undefined;

/** The last heading of the first section `finding` cites in `lang`. */
export async function citedSection(finding: Parameters<typeof annotate>[0][number], lang: 'en' | 'ja'): Promise<string | undefined> {
  handbook ??= loadDocIndex({ docs: [], env: {}, cache: false }).then((r) => r.index);
  return annotate([finding], await handbook, lang)[0]!.docs[0]?.headings.at(-1);
}
