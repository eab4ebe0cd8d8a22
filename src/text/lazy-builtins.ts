// Node built-ins taken when first needed, not imported at the top of a module: most runs never use them,
// and importing them costs every run.

/**
 * require() for the few CommonJS packages loaded on demand (yaml, string-width, wrap-ansi), from ES
 * modules under tsx and vitest as from the bundle. Importing node:module loaded Node's ES module loader
 * into every run (0.3-0.4 ms).
 */
export const nodeRequire = (from: string): NodeJS.Require => process.getBuiltinModule('node:module').createRequire(from);

/** node:fs/promises: importing it loads readline and the fs watchers too (1.3 ms of every run on Node 20). */
export const fsp = (): typeof import('node:fs/promises') => process.getBuiltinModule('node:fs/promises');
