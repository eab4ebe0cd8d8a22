// The CommonJS bundle (dist/main.cjs) runs in a vm.Script started by bin/load-bundle.cjs, where import()
// has no module loader behind it: the launcher passes its own import() in as __kxImport. From source
// (tsx, vitest) and in the ES module bundles there is none, and import() works as written.
declare const __kxImport: ((specifier: string) => Promise<unknown>) | undefined;

export const launcherImport = typeof __kxImport === 'function' ? __kxImport : undefined;
