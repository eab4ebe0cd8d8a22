// Part of npm run build: parses the handbook once and writes dist/handbook-index.jsonl (documents
// with token counts), so no run of the CLI parses or normalizes the handbook again (issue 19).
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { buildHandbookIndex, builtHandbookPath, handbookDir, serializeBuiltHandbook } from '../src/docs/load.js';

const root = handbookDir();
if (!root) throw new Error('docs/handbook not found');
const out = builtHandbookPath(root);
mkdirSync(path.dirname(out), { recursive: true });
writeFileSync(out, serializeBuiltHandbook(await buildHandbookIndex(root)));
