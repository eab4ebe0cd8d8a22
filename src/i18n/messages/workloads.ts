// Accessor for the workload explainers' message pair (workloads-en.ts / workloads-ja.ts).
import type { Lang } from '../lang.js';
import { wen, type WMessages } from './workloads-en.js';
import { wja } from './workloads-ja.js';

export type { WMessages };
export const wmessages = (lang: Lang): WMessages => (lang === 'ja' ? wja : wen);
