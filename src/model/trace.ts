// The result of `kubexplain trace`: the chain from an Ingress or Service to the containers that
// serve it, one hop per step, each with a status and the finding that explains it.
import type { Finding, FindingModel, Severity, Verdict } from './finding.js';
import type { Message } from './message.js';
import type { Ref } from './ref.js';

export type HopStatus = 'ok' | 'warning' | 'broken';

/** One step of the chain: traffic arriving at `from` is handed to `to`. */
export interface Hop {
  from: string;
  to: string;
  status: HopStatus;
  finding: Finding;
}

export interface Trace {
  kind: 'Trace';
  /** Where the trace starts (an Ingress or a Service), and the port asked for, if any. */
  target: Ref & { port?: string };
  hops: Hop[];
  /** The worst hop, and the fix when something is broken. */
  verdict: Verdict;
  /** What is not a hop but shapes the route: Service type, traffic policies, NetworkPolicies, near misses. */
  notes: Finding[];
  /** Missing permissions, and what cannot be known offline. */
  warnings: string[];
  /** True when read from manifest files (-f): no readiness, endpoints or IPs. */
  offline: boolean;
}

/** A hop before it is said: its finding's sentences are Messages. */
export interface HopModel {
  from: string;
  to: string;
  status: HopStatus;
  finding: FindingModel;
}

/** What the trace engine returns: every sentence still a Message; src/i18n/say-trace.ts says it in one language. */
export interface TraceModel {
  kind: 'Trace';
  target: Ref & { port?: string };
  hops: HopModel[];
  verdict: { severity: Severity; message: Message };
  notes: FindingModel[];
  warnings: Message[];
  offline: boolean;
}
