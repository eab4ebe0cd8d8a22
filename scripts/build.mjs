// npm run build: bundles the CLI with esbuild into dist/ — one minified ESM entry (dist/main.js) that
// holds what every run needs, and chunks (dist/chunks/) for what only some verbs load through
// import(): the TUI (ink, react), RBAC, routing, each explainer. Fewer, larger files start faster
// than tsc's 140 modules plus their dependencies' (issue 19). `--single` writes one self-contained
// file for krew (dist/single/kubectl-xplain.mjs): no chunks, dependencies included.
import { build } from 'esbuild';
import { execFileSync } from 'node:child_process';
import { readFileSync, rmSync } from 'node:fs';
import process from 'node:process';
import { URL } from 'node:url';

const root = new URL('..', import.meta.url).pathname;
const pkg = JSON.parse(readFileSync(`${root}package.json`, 'utf8'));
const single = process.argv.includes('--single');

const common = {
  absWorkingDir: root,
  bundle: true,
  platform: 'node',
  target: 'node20.19',
  format: 'esm',
  // KX_PROFILE_BUILD=1 keeps names readable for node --cpu-prof.
  minify: !process.env.KX_PROFILE_BUILD,
  legalComments: 'linked',
  jsx: 'automatic',
  // Read by commands/main.ts instead of package.json, which a single file does not ship beside it.
  define: { KX_VERSION: JSON.stringify(pkg.version), 'process.env.DEV': '"false"' },
  // CommonJS dependencies bundled into ESM call require() for Node built-ins.
  banner: { js: "import{createRequire as __kxcr}from'node:module';const require=__kxcr(import.meta.url);" },
  logLevel: 'warning',
};

// commander requires node:child_process when it loads, for executable subcommands, which this CLI has
// none of: it gets the module on first use instead, and no run pays for loading it.
const lazyChildProcess = {
  name: 'commander-child-process-on-use',
  setup(b) {
    b.onResolve({ filter: /^node:child_process$/ }, (args) =>
      args.importer.includes('/node_modules/commander/') ? { path: 'lazy-child-process', namespace: 'kx' } : undefined,
    );
    b.onLoad({ filter: /^lazy-child-process$/, namespace: 'kx' }, () => ({
      contents: "module.exports = { get spawn() { return process.getBuiltinModule('node:child_process').spawn; } };",
    }));
  },
};

if (single) {
  // kubeconfig and manifest parsing load yaml with createRequire (lazily, outside the bundle);
  // here a small node:module stand-in hands them the bundled yaml instead.
  const yamlShim = {
    name: 'yaml-through-create-require',
    setup(b) {
      b.onResolve({ filter: /^node:module$/ }, (args) =>
        args.importer.includes('/src/') ? { path: 'kx-module-shim', namespace: 'kx' } : undefined,
      );
      // ink's devtools import is static once there are no chunks; it only runs with DEV=true.
      b.onResolve({ filter: /^react-devtools-core$/ }, () => ({ path: 'devtools-stub', namespace: 'kx' }));
      b.onLoad({ filter: /^devtools-stub$/, namespace: 'kx' }, () => ({ contents: 'export default {};' }));
      b.onResolve({ filter: /^@kubernetes\/client-node$/ }, () => ({ path: 'client-node-stub', namespace: 'kx' }));
      b.onLoad({ filter: /^client-node-stub$/, namespace: 'kx' }, () => ({
        contents:
          "throw new Error('this kubeconfig needs an exec credential plugin, auth provider or proxy, " +
          "which the single-file build does not include: install the npm package (npm i -g kubexplain)');",
      }));
      b.onLoad({ filter: /^kx-module-shim$/, namespace: 'kx' }, () => ({
        resolveDir: root,
        contents:
          "import * as yaml from 'yaml'; import { createRequire as real } from 'module';" +
          "export const createRequire = (u) => { const r = real(u); return (id) => (id === 'yaml' ? yaml : r(id)); };",
      }));
    },
  };
  rmSync(`${root}dist/single`, { recursive: true, force: true });
  await build({
    ...common,
    entryPoints: { 'kubectl-xplain': 'scripts/krew-entry.ts' },
    outdir: 'dist/single',
    outExtension: { '.js': '.mjs' },
    // Everything is inside except @kubernetes/client-node (exec credential plugins, auth providers,
    // proxies): bundled, its 4 MB took 0.6 s of every start. The stub says what to do instead.
    plugins: [yamlShim],
    banner: { js: '#!/usr/bin/env node\n' + common.banner.js },
  });
} else {
  rmSync(`${root}dist`, { recursive: true, force: true });
  await build({
    ...common,
    entryPoints: { main: 'commands/main.ts' },
    outdir: 'dist',
    splitting: true,
    chunkNames: 'chunks/[name]-[hash]',
    // Loaded with import()/createRequire only when needed and installed as dependencies.
    external: ['@kubernetes/client-node', 'react-devtools-core'],
    plugins: [lazyChildProcess],
  });
  // The handbook's parsed index, loaded as data by every run (src/docs/load.ts builtHandbook).
  execFileSync(process.execPath, ['--import', 'tsx', `${root}scripts/handbook-index.ts`], { stdio: 'inherit' });
}
