// The kinds `explain` has an explainer of its own for, as the names a kubectl user types (the short
// name when kubectl has one): the registry (src/explain/registry.ts), named through the built-in kinds table. --help prints this list; a unit test holds the
// README's kind table to it.
import { REGISTRY } from '../src/explain/registry.js';
import { KINDS, OTHER_GROUPS } from '../src/cluster/kinds.js';

export interface ExplainedKind {
  kind: string;
  group: string;
  /** What to type: kubectl's first short name, else the singular resource name. */
  name: string;
}

export function explainedKinds(): ExplainedKind[] {
  const table = [...KINDS, ...OTHER_GROUPS];
  const wanted = REGISTRY.map((r) => ({ kind: r.kind, group: r.group }));
  const out: ExplainedKind[] = [];
  for (const w of wanted) {
    const info = table.find((k) => k.kind === w.kind && k.group === w.group);
    const name = info?.short[0] ?? info?.singular ?? w.kind.toLowerCase();
    // The same name served by two groups (events) is typed once.
    if (!out.some((o) => o.name === name)) out.push({ ...w, name });
  }
  return out;
}

/** The list for --help, wrapped to `width` columns after `lead`. */
export function kindsLine(lead: string, width = 100): string {
  const lines: string[] = [];
  let line = lead;
  const names = explainedKinds().map((k) => k.name);
  names.forEach((n, i) => {
    const word = `${n}${i < names.length - 1 ? ',' : ''}`;
    if (line.length + 1 + word.length > width) {
      lines.push(line);
      line = word;
    } else line = `${line} ${word}`;
  });
  return [...lines, line].join('\n');
}
