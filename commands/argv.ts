// Where the positional arguments are, before commander parses: for `kubexplain pod/web` (short for
// explain) and for shell completion.
// Options that take a separate value: `--kubeconfig /path pod/x` must not make /path the target.
const TAKES_VALUE = new Set([
  '--kubeconfig',
  '--context',
  '-n',
  '--namespace',
  '--request-timeout',
  '--as',
  '--as-group',
  '-o',
  '--output',
  '--lang',
  '--docs',
  '-f',
  '--filename',
  '--concept',
  '--cluster-domain',
  '--from',
  '-l',
  '--selector',
]);

/** The arguments that are neither options nor options' values, in order. */
export function positionals(argv: string[]): string[] {
  const out: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    if (a === '--') return [...out, ...argv.slice(i + 1)];
    if (TAKES_VALUE.has(a)) i++;
    else if (!a.startsWith('-')) out.push(a);
  }
  return out;
}

/** The first argument that is neither an option nor an option's value. */
export const firstPositional = (argv: string[]): string | undefined => positionals(argv)[0];
