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

/** The bundle's exports; `verb` names the part of it this run uses, so the cache learns each verb once. */
function loadBundle(verb) {
  // ASCII only (scripts/build.mjs): latin1 is a plain copy, where UTF-8 would be decoded.
  const source = fs.readFileSync(bundle, 'latin1');
  const stat = fs.statSync(bundle);
  const dir = cacheDir(process.env);
  const stamp = `main-${stat.size}-${Math.trunc(stat.mtimeMs)}`;
  const key = `${stamp}-${process.version}-${process.arch}`;
  const file = path.join(dir, `${key}.bin`);
  const seenFile = path.join(dir, `${key}.verbs`);
  const cachedData = read(file);
  const seen = cachedData ? String(read(seenFile) ?? '').split('\n') : [];
  const script = new vm.Script(`(function (exports, require, module, __filename, __dirname, __kxImport) {${source}\n})`, {
    filename: bundle,
    cachedData,
  });
  const module = { exports: {} };
  // import() inside a vm.Script has no loader (Node's own one is experimental and warns): this module's.
  const load = (specifier) => import(specifier);
  script.runInThisContext()(module.exports, createRequire(bundle), module, bundle, path.dirname(bundle), load);
  if (!cachedData || script.cachedDataRejected || !seen.includes(verb)) {
    process.once('exit', () => save(dir, stamp, key, script, script.cachedDataRejected ? [verb] : [...seen, verb]));
  }
  return module.exports;
}

/** Best effort: a read-only home or a full disk costs the next run its speed, never its result. */
function save(dir, stamp, key, script, verbs) {
  try {
    fs.mkdirSync(dir, { recursive: true });
    // Caches of an older bundle go; another Node version's cache of this bundle stays.
    for (const old of fs.readdirSync(dir)) if (!old.startsWith(`${stamp}-`)) fs.rmSync(path.join(dir, old), { force: true });
    const tmp = path.join(dir, `${key}.${process.pid}.tmp`);
    fs.writeFileSync(tmp, script.createCachedData());
    fs.renameSync(tmp, path.join(dir, `${key}.bin`));
    fs.writeFileSync(path.join(dir, `${key}.verbs`), verbs.join('\n'));
  } catch {
    // no cache this time
  }
}

module.exports = { loadBundle };
