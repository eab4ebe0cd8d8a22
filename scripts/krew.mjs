// npm run build:krew: the krew archive (dist/krew/kubectl-xplain.tar.gz: the single-file build as
// kubectl-xplain, a package.json that makes Node read it as ESM, the handbook, LICENSE) and its
// manifest with the archive's sha256 (dist/krew/xplain.yaml, from krew/xplain.yaml).
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { chmodSync, copyFileSync, cpSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import process from 'node:process';
import { URL } from 'node:url';

const root = new URL('..', import.meta.url).pathname;
const { version } = JSON.parse(readFileSync(`${root}package.json`, 'utf8'));
const out = `${root}dist/krew`;
const stage = `${out}/stage`;
rmSync(out, { recursive: true, force: true });
mkdirSync(`${stage}/docs`, { recursive: true });
copyFileSync(`${root}dist/single/kubectl-xplain.mjs`, `${stage}/kubectl-xplain`);
chmodSync(`${stage}/kubectl-xplain`, 0o755);
writeFileSync(`${stage}/package.json`, `${JSON.stringify({ type: 'module', version }, null, 2)}\n`);
cpSync(`${root}docs/handbook`, `${stage}/docs/handbook`, { recursive: true });
copyFileSync(`${root}LICENSE`, `${stage}/LICENSE`);
execFileSync('tar', ['-czf', `${out}/kubectl-xplain.tar.gz`, '-C', stage, 'kubectl-xplain', 'package.json', 'docs', 'LICENSE']);
const sha256 = createHash('sha256')
  .update(readFileSync(`${out}/kubectl-xplain.tar.gz`))
  .digest('hex');
const manifest = readFileSync(`${root}krew/xplain.yaml`, 'utf8').replaceAll('${VERSION}', version).replaceAll('${SHA256}', sha256);
writeFileSync(`${out}/xplain.yaml`, manifest);
process.stdout.write(`krew: dist/krew/kubectl-xplain.tar.gz (sha256 ${sha256}), dist/krew/xplain.yaml\n`);
