// npm run build: bundles the CLI with esbuild into dist/ — one minified CommonJS file (dist/main.cjs)
// that bin/load-bundle.cjs runs with V8's code cache, and the TUI as an ES module (dist/tui.mjs).
// One file, compiled once per machine, starts faster than ES module chunks that Node 20 compiles on
// every run (issue 19). `--single` writes one self-contained file for krew
// (dist/single/kubectl-xplain.mjs): ES module, dependencies included.
import { build } from 'esbuild';
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
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

// esbuild leaves non-ASCII characters in regular expression literals (the docs' Japanese patterns).
// Escaped, the bundle is pure ASCII, which bin/load-bundle.cjs reads as latin1: one copy into a one-byte
// string instead of a UTF-8 decode of 1.3 MB on every run (~2 ms on Node 20). Outside String.raw, an
// escape means what the character did; String.raw is used only by ansi-regex, with ASCII content.
function asciiOnly(file) {
  let text = readFileSync(file, 'utf8');
  // A backslash before one would escape the escape: none today, and the build says so if one comes.
  if (/\\[^\x00-\x7f]/.test(text)) throw new Error(`${file}: a backslash before a non-ASCII character`);
  // Per UTF-16 code unit: a character beyond the BMP becomes its surrogate pair, as the literal was.
  text = text.replace(/[^\x00-\x7f]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
  // The launcher names its code cache by this: V8 checks a cache only against the source's length, and
  // npm gives every installed file the same mtime, so two releases of one length would share a cache.
  const id = createHash('sha256').update(text).digest('hex').slice(0, 16);
  writeFileSync(file, `${text}//kx-build:${id}\n`);
}

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

// ink's devtools import is static once there are no chunks; it only runs with DEV=true.
const noDevtools = {
  name: 'no-react-devtools',
  setup(b) {
    b.onResolve({ filter: /^react-devtools-core$/ }, () => ({ path: 'devtools-stub', namespace: 'kx' }));
    b.onLoad({ filter: /^devtools-stub$/, namespace: 'kx' }, () => ({ contents: 'export default {};' }));
  },
};

// commands/main.ts imports ./tui.js for the `tui` verb: in the CommonJS bundle that import loads
// dist/tui.mjs beside it, with its own copy of what it uses (only the verb's options cross over).
const tuiAsModule = {
  name: 'tui-as-es-module',
  setup(b) {
    b.onResolve({ filter: /^\.\/tui\.js$/ }, (args) =>
      args.importer.endsWith('/commands/main.ts') ? { path: 'tui-module', namespace: 'kx' } : undefined,
    );
    b.onLoad({ filter: /^tui-module$/, namespace: 'kx' }, () => ({
      contents:
        "const url = require('node:url').pathToFileURL(require('node:path').join(__dirname, 'tui.mjs')).href;" +
        // The launcher's import(): in a vm.Script, import() has no loader (src/cluster/launcher-import.ts).
        'export const runTui = async (opts) => (await __kxImport(url)).runTui(opts);',
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
      noDevtools.setup(b);
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
  // The handbook's parsed index, loaded as data by every run (src/docs/load.ts builtHandbook). Its key
  // tells a run that the index fits the code; the bundle gets it as a constant instead of making it.
  const builtKey = execFileSync(process.execPath, ['--import', 'tsx', `${root}scripts/handbook-index.ts`], {
    stdio: ['ignore', 'pipe', 'inherit'],
    encoding: 'utf8',
  });
  // Installed as dependencies and loaded with import() only when needed.
  const external = ['@kubernetes/client-node', 'react-devtools-core'];
  await build({
    ...common,
    // CommonJS, so bin/load-bundle.cjs can hand V8 the code it cached on an earlier run (Node 20 has no
    // compile cache for ES modules): one file, its rarely used parts initialized on first import().
    format: 'cjs',
    entryPoints: { main: 'commands/main.ts' },
    outfile: 'dist/main.cjs',
    external,
    define: { ...common.define, 'import.meta.url': '__kxurl', KX_BUILT_KEY: JSON.stringify(builtKey) },
    banner: { js: "const __kxurl=require('node:url').pathToFileURL(__filename).href;" },
    plugins: [lazyChildProcess, tuiAsModule],
  });
  asciiOnly(`${root}dist/main.cjs`);
  // The TUI: Ink's layout engine (yoga) awaits at the top level, which CommonJS cannot; its own ES module.
  await build({
    ...common,
    define: { ...common.define, KX_BUILT_KEY: JSON.stringify(builtKey) },
    entryPoints: { tui: 'commands/tui.ts' },
    outfile: 'dist/tui.mjs',
    external,
    plugins: [lazyChildProcess, noDevtools],
  });
}
