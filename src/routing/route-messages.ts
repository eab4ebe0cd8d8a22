// The builders of the `route` catalog (src/i18n/messages/routing-*.ts): the trace engine, dns and the
// Gateway steps return these Messages; renderers say them.
import { builders, type Builders } from '../model/message.js';
import type { RoutingMessages } from '../i18n/messages/routing.js';

export type RouteBuilders = Builders<RoutingMessages>;
export const r: RouteBuilders = builders<RoutingMessages>('route');
