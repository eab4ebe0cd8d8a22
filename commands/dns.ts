// `kubexplain dns service/<n> | pod/<n> | gateway/<n>`: every name the cluster DNS serves for it; for a
// Gateway, the names the user publishes and what is known of a cluster name.
import type { CommonOptions } from './main.js';
import { detectLang } from '../src/i18n/lang.js';
import { dnsLive } from './routing-run.js';
import { parseDnsTarget } from '../src/routing/target.js';
import { useColor } from '../src/render/text.js';
import { renderDnsJson } from '../src/render/trace-json.js';
import { renderDnsMarkdown, renderDnsText } from '../src/render/trace-text.js';
import { docsAnnotator, openSource } from './routing-common.js';
import { stdout } from './stdout.js';

export async function dnsCommand(target: string, common: CommonOptions & { clusterDomain?: string; from?: string }): Promise<void> {
  const lang = detectLang(common.lang);
  const parsed = parseDnsTarget(target);
  const src = await openSource(common, parsed);
  const [names, docs] = await Promise.all([
    dnsLive(src.reader, target, src.namespace, lang, common.clusterDomain, common.from),
    docsAnnotator(common, lang),
  ]);
  const out = { ...names, notes: docs.annotateAll(names.notes), warnings: [...names.warnings, ...docs.warnings] };
  if (common.debug) process.stderr.write(`debug: ${src.reader.requestCount} requests\n`);
  stdout.write(
    common.output === 'json'
      ? renderDnsJson(out)
      : common.output === 'markdown'
        ? renderDnsMarkdown(out, lang)
        : renderDnsText(out, useColor(stdout, common.color), lang),
  );
}
