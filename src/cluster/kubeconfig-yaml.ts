// A small reader for the block YAML that kubectl, kind and kwokctl write into kubeconfigs: nested
// mappings, sequences of mappings, plain/quoted scalars, empty {} and []. Anything else (anchors,
// tags, block scalars, flow collections, multi-line scalars) returns undefined and the caller uses
// the full YAML parser; loading that costs ~50 ms per command, this file almost nothing.
type Value = string | boolean | null | Value[] | { [k: string]: Value };

interface Line {
  indent: number;
  text: string;
}

export function parseSimpleYaml(src: string): Value | undefined {
  if (src.trimStart().startsWith('{')) {
    try {
      return JSON.parse(src) as Value;
    } catch {
      return undefined;
    }
  }
  const lines: Line[] = [];
  for (const raw of src.split(/\r?\n/)) {
    if (/^\s*(#.*)?$/.test(raw) || raw === '---') continue;
    if (/\t/.test(raw.match(/^\s*/)![0])) return undefined;
    const indent = raw.length - raw.trimStart().length;
    lines.push({ indent, text: raw.trim() });
  }
  const pos = { i: 0 };
  try {
    const v = block(lines, pos, lines[0]?.indent ?? 0);
    return pos.i === lines.length ? v : undefined;
  } catch {
    return undefined;
  }
}

class Bail extends Error {}

function scalar(text: string): Value {
  const t = text.replace(/\s+#.*$/, '');
  if (t === '' || t === '~' || t === 'null') return null;
  if (t === 'true' || t === 'false') return t === 'true';
  if (t === '{}') return {};
  if (t === '[]') return [];
  if (t.startsWith("'")) {
    if (!/^'(?:[^']|'')*'$/.test(text)) throw new Bail();
    return text.slice(1, -1).replace(/''/g, "'");
  }
  if (t.startsWith('"')) return JSON.parse(text) as string;
  if (/^[&*!|>{[%@`]/.test(t)) throw new Bail();
  return t;
}

/** key: rest → [key, rest]; the key may be quoted. */
function splitKey(text: string): [string, string] | undefined {
  const m = /^("(?:[^"\\]|\\.)*"|'(?:[^']|'')*'|[^'"#:\s][^:#]*?)\s*:(?:\s+(.*))?$/.exec(text);
  if (!m) return undefined;
  const k = m[1]!;
  return [k.startsWith('"') ? (JSON.parse(k) as string) : k.startsWith("'") ? k.slice(1, -1).replace(/''/g, "'") : k, m[2] ?? ''];
}

function block(lines: Line[], pos: { i: number }, indent: number): Value {
  const first = lines[pos.i];
  if (!first || first.indent !== indent) throw new Bail();
  if (first.text.startsWith('- ') || first.text === '-') {
    const list: Value[] = [];
    while (pos.i < lines.length && lines[pos.i]!.indent === indent && (lines[pos.i]!.text.startsWith('- ') || lines[pos.i]!.text === '-')) {
      const rest = lines[pos.i]!.text.slice(1).trimStart();
      if (rest === '') {
        pos.i++;
        list.push(block(lines, pos, lines[pos.i]!.indent));
      } else if (splitKey(rest)) {
        // "- key: v" starts a mapping whose keys sit at the column after "- ".
        const inner = indent + (lines[pos.i]!.text.length - rest.length);
        lines[pos.i] = { indent: inner, text: rest };
        list.push(block(lines, pos, inner));
      } else {
        list.push(scalar(rest));
        pos.i++;
      }
    }
    return list;
  }
  const map: { [k: string]: Value } = {};
  while (pos.i < lines.length && lines[pos.i]!.indent === indent) {
    const kv = splitKey(lines[pos.i]!.text);
    if (!kv) throw new Bail();
    const [k, rest] = kv;
    pos.i++;
    if (rest !== '' && !rest.startsWith('#')) map[k] = scalar(rest);
    else if (pos.i < lines.length && lines[pos.i]!.indent > indent) map[k] = block(lines, pos, lines[pos.i]!.indent);
    // A sequence may sit at the same indent as its key.
    else if (pos.i < lines.length && lines[pos.i]!.indent === indent && lines[pos.i]!.text.startsWith('- '))
      map[k] = block(lines, pos, indent);
    else map[k] = null;
  }
  if (pos.i < lines.length && lines[pos.i]!.indent > indent) throw new Bail();
  return map;
}
