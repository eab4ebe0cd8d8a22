// The workload catalog's type (workloads-en.ts is its shape); the catalogs load through CATALOGS.
export type { WMessages } from './workloads-en.js';
