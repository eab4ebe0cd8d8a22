// `kubexplain trace service/<n>[:port] | ingress/<n> | <dns-name>[:port]`: read, trace, annotate,
// render. A broken hop is part of the explanation, not a failed command: exit 0 (see README).
import type { CommonOptions } from './main.js';
import { detectLang } from '../src/i18n/lang.js';
import { traceLive } from './routing-run.js';
import { parseTraceTarget } from '../src/routing/target.js';
import { useColor } from '../src/render/text.js';
import { renderTraceJson } from '../src/render/trace-json.js';
import { renderTraceMarkdown, renderTraceText } from '../src/render/trace-text.js';
import { docsAnnotator, openSource } from './routing-common.js';
import { stdout } from './stdout.js';

export async function traceCommand(target: string, common: CommonOptions): Promise<void> {
  const lang = detectLang(common.lang);
  // Parse first: a malformed target is a usage error before any connection is made.
  const parsed = parseTraceTarget(target, common.namespace ?? 'default');
  const kinds = { ingress: 'Ingress', gateway: 'Gateway', httproute: 'HTTPRoute', grpcroute: 'GRPCRoute', service: 'Service', url: 'URL' };
  const src = await openSource(common, { kind: kinds[parsed.kind], name: parsed.name });
  const [trace, docs] = await Promise.all([traceLive(src.reader, target, src.namespace, lang), docsAnnotator(common, lang)]);
  const found = docs.annotateAll(trace.hops.map((h) => h.finding));
  const out = {
    ...trace,
    // One annotate call for every hop: its memo ranks each concept once (a call per hop ranked it per hop).
    hops: trace.hops.map((h, i) => ({ ...h, finding: found[i] ?? h.finding })),
    notes: docs.annotateAll(trace.notes),
    warnings: [...trace.warnings, ...docs.warnings],
  };
  if (common.debug) process.stderr.write(`debug: ${src.reader.requestCount} requests\n`);
  stdout.write(
    common.output === 'json'
      ? renderTraceJson(out)
      : common.output === 'markdown'
        ? renderTraceMarkdown(out, lang)
        : renderTraceText(out, useColor(stdout, common.color), lang),
  );
}
