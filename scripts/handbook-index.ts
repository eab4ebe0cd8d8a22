// Part of npm run build: parses the handbook once and writes dist/handbook-index.jsonl (documents
// with token counts), so no run of the CLI parses or normalizes the handbook again (issue 19). It prints
// the index's key, which the build gives the bundle (KX_BUILT_KEY in src/docs/load.ts).
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { buildHandbookIndex, builtHandbookPath, handbookDir, serializeBuiltHandbook } from '../src/docs/load.js';

const root = handbookDir();
if (!root) throw new Error('docs/handbook not found');
const out = builtHandbookPath(root);
mkdirSync(path.dirname(out), { recursive: true });
const built = await buildHandbookIndex(root);
writeFileSync(out, serializeBuiltHandbook(built));
process.stdout.write(built.key);
