// Parsed documents → a searchable index, its normalized fields computed on first use. Pure.
import { headingCore, norm } from './normalize.js';
import type { DocIndex, IndexEntry, ParsedDocument, Section } from './types.js';

/**
 * Documents in priority order: user documents first (in the order given), then the handbook.
 * `packed`: the handbook's BM25 statistics built with the package, for exactly these handbook documents.
 */
export function buildIndex(documents: ParsedDocument[], packed?: DocIndex['packed']): DocIndex {
  const ordered = [...documents.filter((d) => d.source === 'user'), ...documents.filter((d) => d.source === 'handbook')];
  const entries: IndexEntry[] = [];
  ordered.forEach((doc, docOrder) => {
    const docEntries = doc.sections.map((section) => new Entry(doc, docOrder, section));
    linkChildren(docEntries);
    markOutlines(docEntries);
    for (const e of docEntries) entries.push(e);
  });
  return packed ? { documents: ordered, entries, packed } : { documents: ordered, entries };
}

/**
 * The normalized fields are computed on first use: ranking reads them for the few sections whose
 * heading holds a query word, and normalizing every heading and body on each start cost more than
 * the ranking itself.
 */
class Entry implements IndexEntry {
  outline = false;
  children: IndexEntry[] = [];
  #core?: string;
  #head?: string;
  #parents?: string[];
  #body?: string;
  #code?: string;
  constructor(
    readonly doc: ParsedDocument,
    readonly docOrder: number,
    readonly section: Section,
  ) {}
  get core(): string {
    return (this.#core ??= headingCore(this.section.heading));
  }
  get head(): string {
    return (this.#head ??= norm(this.section.heading));
  }
  get parents(): string[] {
    if (!this.#parents) {
      const { headings } = this.section;
      const title = norm(this.doc.title);
      this.#parents = [];
      for (let i = headings.length - 2; i >= 0; i--) {
        const p = norm(headings[i]!);
        // The document's own title heading says nothing about the section.
        if (i === 0 && p === title) continue;
        this.#parents.push(p);
      }
    }
    return this.#parents;
  }
  get body(): string {
    return (this.#body ??= norm(this.section.body));
  }
  get code(): string {
    return (this.#code ??= this.section.code ? norm(this.section.code) : '');
  }
}

/** The length of a section's text without surrounding space: from its facts when it has them (its text may not be loaded). */
export const textLength = (s: Section): number => s.facts?.length ?? trimmedLength(s.body, s.code);

/** (a + b).trim().length without joining the two: a 5 MB folder's text copied twice more, for a number. */
function trimmedLength(a: string, b: string): number {
  const head = a.trimStart();
  if (!head) return b.trim().length;
  const tail = b.trimEnd();
  return tail ? head.length + tail.length : head.trimEnd().length;
}

/** Marks sections with no text in themselves or in any subsection (chapters that are only headings). */
function markOutlines(docEntries: IndexEntry[]): void {
  // Walk backwards: a section has text below it if it has text, or a deeper section right after it does.
  const textBelow: boolean[] = new Array(docEntries.length).fill(false);
  for (let i = docEntries.length - 1; i >= 0; i--) {
    const e = docEntries[i]!;
    let below = textLength(e.section) >= 10;
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
