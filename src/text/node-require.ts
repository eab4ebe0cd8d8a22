// require() for the few CommonJS packages loaded on demand (yaml, string-width, wrap-ansi), from ES
// modules under tsx and vitest as from the bundle. node:module is taken when first needed: importing it
// at the top loaded Node's ES module loader into every run (0.3-0.4 ms), for a require most runs never make.
export const nodeRequire = (from: string): NodeJS.Require => process.getBuiltinModule('node:module').createRequire(from);
