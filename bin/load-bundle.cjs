'use strict';
// Runs dist/main.cjs with V8's code cache: Node 20 compiles ES modules anew on every run (about a
// third of a short command's CPU), while a vm.Script accepts the code V8 produced on an earlier run.
// The cache lives in $KUBEXPLAIN_CACHE_DIR, else $XDG_CACHE_HOME/kubexplain, else ~/.cache/kubexplain
// (v8/), one file per bundle, Node version and verb; V8 rejects a cache that does not fit, and it is
// rewritten. It is written at exit by a run that did its verb's work, so it holds the functions such a
// run compiles. One per verb: a cache holding every verb's code was twice explain's (1.3 MB against
// 0.6 MB) and took 3-4 ms more to load.
const fs = require('node:fs');
const path = require('node:path');
const vm = require('node:vm');
// Module.createRequire, without loading node:module (and with it Node's ES module loader) into every run.
const { createRequire } = module.constructor;
const os = require('node:os');

const bundle = path.join(__dirname, '..', 'dist', 'main.cjs');

function cacheDir(env) {
  if (env.KUBEXPLAIN_CACHE_DIR) return path.join(env.KUBEXPLAIN_CACHE_DIR, 'v8');
  const base = env.XDG_CACHE_HOME || path.join(env.HOME || os.homedir(), '.cache');
  return path.join(base, 'kubexplain', 'v8');
}

function read(file) {
  try {
    return fs.readFileSync(file);
  } catch {
    return undefined;
  }
}

const VERBS = ['explain', 'trace', 'dns', 'who-can', 'can', 'access', 'docs', 'check', 'tui', 'completion', '__complete'];
// A cache file: main-<build>-<node>-<arch>-<verb>.bin (without a verb the TUI starts: 'default'), for
// explain main-…-explain-<kind>.bin; also a write in progress (.tmp) and the files of the earlier
// format (one .bin and its .verbs per install).
const CACHE_FILE = new RegExp(`^(main-.+?)(?:-(?:${[...VERBS, 'default'].join('|')})(?:-[a-z0-9.]+)?)?\\.(?:bin|verbs)(?:\\.\\d+\\.tmp)?$`);

// Flags of explain that take a value (the value is not the kind).
const VALUED = new Set(
  '-n --namespace --context --kubeconfig -o --output --lang --docs -f --filename -l --selector --request-timeout --as --as-group'.split(
    ' ',
  ),
);

/** The first argument that is neither a flag nor a flag's value, after index `from`. */
function positional(argv, from) {
  for (let i = from + 1; i < argv.length; i++) {
    if (!argv[i].startsWith('-')) return argv[i];
    if (VALUED.has(argv[i])) i++;
  }
  return undefined;
}

/**
 * explain's kind as typed (`pod` of pod/web or of `pod web`): each kind runs code of its own, and a
 * cache written by explaining a Pod left explaining a Deployment 4 ms of compiling (and the reverse 6).
 */
function explainKind(argv, at) {
  const kind = positional(argv, at)?.split('/')[0].toLowerCase();
  return kind && /^[a-z][a-z0-9.]{0,39}$/.test(kind) ? kind : undefined;
}

/**
 * The bundle's exports; `argv` tells which verb this run uses, and so which cache (the first known verb
 * among the arguments: `-n shop explain` is explain, not a verb named shop).
 */
function loadBundle(argv) {
  // `kubectl xplain deploy/web` (TYPE/NAME without a verb) is explain, as commands/main.ts reads it.
  const verb = argv.find((a) => VERBS.includes(a)) ?? (positional(argv, -1)?.includes('/') ? 'explain' : 'default');
  // ASCII only (scripts/build.mjs): latin1 is a plain copy, where UTF-8 would be decoded.
  const source = fs.readFileSync(bundle, 'latin1');
  const dir = cacheDir(process.env);
  // The build's content hash (scripts/build.mjs): V8 would accept another source of the same length.
  const build = /\/\/kx-build:([0-9a-f]+)\s*$/.exec(source.slice(-64));
  if (!build) return runBundle(source, undefined).exports;
  const install = `main-${build[1]}-${process.version}-${process.arch}`;
  const kind = verb === 'explain' ? explainKind(argv, argv.indexOf('explain')) : undefined;
  const file = path.join(dir, `${install}-${verb}${kind ? `-${kind}` : ''}.bin`);
  const cachedData = read(file);
  const { script, exports } = runBundle(source, cachedData);
  // Only a run that did the verb's work to the end writes it: a cache from a run that stopped early
  // (an unknown name, help) would be accepted by every later run, which would then compile the rest of
  // the verb each time (~10 ms of explain). The next complete run writes it instead.
  if (!cachedData || script.cachedDataRejected)
    process.once('exit', () => {
      if (typeof exports.ranToEnd !== 'function' || exports.ranToEnd()) save(dir, install, file, script);
    });
  return exports;
}

function runBundle(source, cachedData) {
  const script = new vm.Script(`(function (exports, require, module, __filename, __dirname, __kxImport) {${source}\n})`, {
    filename: bundle,
    cachedData,
  });
  const module = { exports: {} };
  // import() inside a vm.Script has no loader (Node's own one is experimental and warns): this module's.
  const load = (specifier) => import(specifier);
  script.runInThisContext()(module.exports, createRequire(bundle), module, bundle, path.dirname(bundle), load);
  return { script, exports: module.exports };
}

/** Best effort: a read-only home or a full disk costs the next run its speed, never its result. */
function save(dir, install, file, script) {
  try {
    fs.mkdirSync(dir, { recursive: true });
    prune(dir, install);
    const tmp = `${file}.${process.pid}.tmp`;
    fs.writeFileSync(tmp, script.createCachedData());
    fs.renameSync(tmp, file);
  } catch {
    // no cache this time
  }
}

/**
 * This install's caches stay, and those of the few installs (bundles or Node versions sharing the
 * directory) used most recently; older ones go, with files of earlier formats.
 */
function prune(dir, install) {
  const KEEP_OTHERS = 4;
  const newest = new Map();
  for (const f of fs.readdirSync(dir)) {
    const m = CACHE_FILE.exec(f);
    const group = m ? m[1] : f;
    if (group === install) continue;
    const t = fs.statSync(path.join(dir, f)).mtimeMs;
    const g = newest.get(group) ?? { t: 0, files: [] };
    g.t = Math.max(g.t, t);
    g.files.push(f);
    newest.set(group, g);
  }
  const others = [...newest.values()].sort((a, b) => b.t - a.t);
  for (const { files } of others.slice(KEEP_OTHERS)) for (const f of files) fs.rmSync(path.join(dir, f), { force: true });
}

module.exports = { loadBundle };
