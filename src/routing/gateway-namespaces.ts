// A listener that admits routes by namespace labels (allowedRoutes.namespaces.from: Selector) and
// a route whose namespace does not carry them: the denial names the selector and the namespace's
// labels, and the fix is the label (a kubectl label command when the selector is plain matchLabels). Pure.
import type { Listener } from '../model/gateway.js';
import { formatLabels, formatSelector } from './selectors.js';
import { r } from './route-messages.js';
import type { Message } from '../model/message.js';

export interface NsDenial {
  /** The listener's line: why it refuses the route. */
  line: Message;
  /** The cause, for the step's title and the verdict. */
  why: Message;
  fix: Message;
}

/** The kubectl command that gives the namespace the selector's matchLabels (undefined when the selector has expressions). */
function labelCommand(l: Listener, ns: string, labels: Record<string, string>): string | undefined {
  const sel = l.allowedRoutes?.namespaces?.selector;
  const want = Object.entries(sel?.matchLabels ?? {});
  if (!want.length || sel?.matchExpressions?.length) return undefined;
  const missing = want.filter(([k, v]) => labels[k] !== v);
  const overwrite = missing.some(([k]) => labels[k] !== undefined) ? ' --overwrite' : '';
  return `kubectl label namespace ${ns} ${missing.map(([k, v]) => `${k}=${v}`).join(' ')}${overwrite}`;
}

/** The denial of a route from namespace `ns` by listener `l`, with the namespace's labels when they were read. */
export function namespaceDenial(
  l: Listener,
  ns: string,
  labels: Record<string, string> | undefined,
  gateway: string,
  gwns: string,
): NsDenial {
  const from = l.allowedRoutes?.namespaces?.from ?? 'Same';
  if (from !== 'Selector' || !labels)
    return {
      line: r['route.ns.denied']({ ns, from }),
      why: r['route.why.ns']({ listener: l.name, ns }),
      fix: r['route.ns.fix']({ ns, listener: l.name, gateway, gwns }),
    };
  const selector = formatSelector(l.allowedRoutes?.namespaces?.selector) || '{}';
  return {
    line: r['route.ns.denied.selector']({ ns, selector, labels: formatLabels(labels) }),
    why: r['route.why.ns.selector']({ listener: l.name, ns, selector }),
    fix: r['route.ns.selector.fix']({ ns, selector, command: labelCommand(l, ns, labels) ?? '', listener: l.name, gateway, gwns }),
  };
}
