import type { Lang } from '../lang.js';
import { routingEn, type RoutingMessages } from './routing-en.js';
import { routingJa } from './routing-ja.js';

export type { RoutingMessages };
export const routingMessages = (lang: Lang): RoutingMessages => (lang === 'ja' ? routingJa : routingEn);
