// The Pod catalog's type (en.ts is its shape, ja.ts has the same keys); the catalogs load through CATALOGS.
export type { Messages } from './en.js';
