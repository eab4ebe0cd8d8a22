// Lines of the `y` (YAML) and `l` (logs) panes. The YAML never holds a Secret value: data and
// stringData become key names and sizes, and the last-applied annotation (which repeats them) is
// dropped; managedFields are hidden. Log lines are kept bounded and escaped as they arrive. Pure.
import { stringify } from 'yaml';
import type { KubeObject } from '../../cluster/reader.js';
import { safe, type SafeText } from '../../text/safe-text.js';

const LAST_APPLIED = 'kubectl.kubernetes.io/last-applied-configuration';

/** The object as YAML lines, with Secret values replaced by `hidden(bytes)` and managedFields removed. */
export function yamlLines(object: KubeObject, hidden: (bytes: number) => string): SafeText[] {
  const o = structuredClone(object) as {
    kind?: string;
    metadata?: { managedFields?: unknown; annotations?: Record<string, string> };
    data?: Record<string, string>;
    stringData?: Record<string, string>;
  };
  if (o.metadata) delete o.metadata.managedFields;
  if (o.kind === 'Secret') {
    for (const field of ['data', 'stringData'] as const) {
      const values = o[field] as Record<string, string> | undefined;
      if (!values) continue;
      o[field] = Object.fromEntries(
        Object.entries(values).map(([k, v]) => [
          k,
          hidden(field === 'data' ? Buffer.from(String(v), 'base64').length : Buffer.byteLength(String(v))),
        ]),
      );
    }
    const annotations = o.metadata?.annotations;
    if (annotations?.[LAST_APPLIED]) annotations[LAST_APPLIED] = hidden(annotations[LAST_APPLIED].length);
  }
  return stringify(o, { lineWidth: 0 })
    .trimEnd()
    .split('\n')
    .map((l) => safe(l));
}

/** A bounded log buffer: text chunks in, whole escaped lines out, the oldest dropped beyond `max`. */
export class LogBuffer {
  lines: SafeText[] = [];
  dropped = 0;
  private partial = '';
  constructor(readonly max = 5000) {}

  push(text: string): void {
    const parts = (this.partial + text).split('\n');
    this.partial = parts.pop() ?? '';
    for (const p of parts) this.lines.push(safe(p.replace(/\r$/, '')));
    if (this.lines.length > this.max) {
      const extra = this.lines.length - this.max;
      this.lines.splice(0, extra);
      this.dropped += extra;
    }
  }

  /** The lines so far, with a last line not yet ended by a newline. */
  all(): SafeText[] {
    return this.partial ? [...this.lines, safe(this.partial)] : this.lines;
  }
}
