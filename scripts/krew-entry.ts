// Entry of the single-file build (npm run build:single → dist/single/kubectl-xplain.mjs) that the krew
// archive ships: kubectl runs it as `kubectl xplain`.
import { main } from '../commands/main.js';

await main(process.argv.slice(2), 'kubectl xplain');
