// Parsed documents → a searchable index with the normalized fields precomputed. Pure.
import { bigrams, headingCore, norm } from './normalize.js';
import type { DocIndex, IndexEntry, ParsedDocument } from './types.js';

/**
 * Documents in priority order: user documents first (in the order given), then the handbook.
 * `packed`: the handbook's BM25 statistics built with the package, for exactly these handbook documents.
 */
export function buildIndex(documents: ParsedDocument[], packed?: DocIndex['packed']): DocIndex {
  const ordered = [...documents.filter((d) => d.source === 'user'), ...documents.filter((d) => d.source === 'handbook')];
  const entries: IndexEntry[] = [];
  ordered.forEach((doc, docOrder) => {
    const titleNorm = norm(doc.title);
    const normCache = new Map<string, string>();
    const cachedNorm = (s: string) => {
      let n = normCache.get(s);
      if (n === undefined) normCache.set(s, (n = norm(s)));
      return n;
    };
    for (const section of doc.sections) {
      const core = headingCore(section.heading);
      const parents: string[] = [];
      for (let i = section.headings.length - 2; i >= 0; i--) {
        const p = cachedNorm(section.headings[i]!);
        // The document's own title heading says nothing about the section.
        if (i === 0 && p === titleNorm) continue;
        parents.push(p);
      }
      // Bodies are normalized on first use: annotating reads few of them, and normalizing every
      // handbook body on each start cost more than the ranking itself.
      let body: string | undefined;
      let code: string | undefined;
      entries.push({
        doc,
        docOrder,
        section,
        core,
        head: cachedNorm(section.heading),
        parents,
        get body() {
          return (body ??= norm(section.body));
        },
        get code() {
          return (code ??= section.code ? norm(section.code) : '');
        },
        headBigrams: bigrams(core),
        outline: false,
        children: [],
      });
    }
    const docEntries = entries.slice(entries.length - doc.sections.length);
    linkChildren(docEntries);
    markOutlines(docEntries);
  });
  return packed ? { documents: ordered, entries, packed } : { documents: ordered, entries };
}

/** Marks sections with no text in themselves or in any subsection (chapters that are only headings). */
function markOutlines(docEntries: IndexEntry[]): void {
  // Walk backwards: a section has text below it if it has text, or a deeper section right after it does.
  const textBelow: boolean[] = new Array(docEntries.length).fill(false);
  for (let i = docEntries.length - 1; i >= 0; i--) {
    const e = docEntries[i]!;
    let below = (e.section.body + e.section.code).trim().length >= 10;
    for (let j = i + 1; j < docEntries.length && docEntries[j]!.section.level > e.section.level; j++) {
      if (textBelow[j]) {
        below = true;
        break;
      }
    }
    textBelow[i] = below;
    e.outline = !below;
  }
}

/** Fills each entry's direct subsections (the nearest following entries one level deeper, until a sibling). */
function linkChildren(docEntries: IndexEntry[]): void {
  const stack: IndexEntry[] = [];
  for (const e of docEntries) {
    while (stack.length > 0 && stack[stack.length - 1]!.section.level >= e.section.level) stack.pop();
    stack[stack.length - 1]?.children.push(e);
    stack.push(e);
  }
}
