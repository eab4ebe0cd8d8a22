// The `route` catalog's type (trace, dns, Gateway steps); the sentences are in routing-en.ts / routing-ja.ts.
export type { RoutingMessages } from './routing-en.js';
