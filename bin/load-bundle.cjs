'use strict';
// Runs dist/main.cjs with V8's code cache: Node 20 compiles ES modules anew on every run (about a
// third of a short command's CPU), while a vm.Script accepts the code V8 produced on an earlier run.
// The cache lives in $KUBEXPLAIN_CACHE_DIR, else $XDG_CACHE_HOME/kubexplain, else ~/.cache/kubexplain
// (v8/), one file per bundle and Node version; V8 rejects a cache that does not fit, and it is rewritten.
// It is written at exit, so it holds the functions the run compiled, and grows by each new verb's.
const fs = require('node:fs');
const path = require('node:path');
const vm = require('node:vm');
const { createRequire } = require('node:module');
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

const VERBS = new Set(['explain', 'trace', 'dns', 'who-can', 'can', 'access', 'docs', 'check', 'tui', 'completion', '__complete']);

/**
 * The bundle's exports; `argv` tells which verb this run uses, so the cache learns each verb once (the
 * first known verb among the arguments: `-n shop explain` is explain, not a verb named shop).
 */
function loadBundle(argv) {
  const verb = argv.find((a) => VERBS.has(a)) ?? '';
  // ASCII only (scripts/build.mjs): latin1 is a plain copy, where UTF-8 would be decoded.
  const source = fs.readFileSync(bundle, 'latin1');
  const dir = cacheDir(process.env);
  // The build's content hash (scripts/build.mjs): V8 would accept another source of the same length.
  const build = /\/\/kx-build:([0-9a-f]+)\s*$/.exec(source.slice(-64));
  if (!build) return runBundle(source, undefined).exports;
  const key = `main-${build[1]}-${process.version}-${process.arch}`;
  const file = path.join(dir, `${key}.bin`);
  const seenFile = path.join(dir, `${key}.verbs`);
  const cachedData = read(file);
  const seen = cachedData ? String(read(seenFile) ?? '').split('\n') : [];
  const { script, exports } = runBundle(source, cachedData);
  if (!cachedData || script.cachedDataRejected || !seen.includes(verb)) {
    process.once('exit', () => save(dir, key, script, script.cachedDataRejected ? [verb] : [...seen, verb]));
  }
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
function save(dir, key, script, verbs) {
  try {
    fs.mkdirSync(dir, { recursive: true });
    prune(dir);
    const tmp = path.join(dir, `${key}.${process.pid}.tmp`);
    fs.writeFileSync(tmp, script.createCachedData());
    fs.renameSync(tmp, path.join(dir, `${key}.bin`));
    fs.writeFileSync(path.join(dir, `${key}.verbs`), verbs.join('\n'));
  } catch {
    // no cache this time
  }
}

/** The newest caches stay (several installs or Node versions may share the directory); older ones go. */
function prune(dir) {
  const KEEP = 6;
  const bins = fs
    .readdirSync(dir)
    .filter((f) => f.endsWith('.bin'))
    .map((f) => ({ f, t: fs.statSync(path.join(dir, f)).mtimeMs }))
    .sort((a, b) => b.t - a.t);
  for (const { f } of bins.slice(KEEP - 1)) {
    fs.rmSync(path.join(dir, f), { force: true });
    fs.rmSync(path.join(dir, f.replace(/\.bin$/, '.verbs')), { force: true });
  }
}

module.exports = { loadBundle };
