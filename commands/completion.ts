// Shell completion: `kubexplain completion bash|zsh|fish` prints a script that calls the hidden
// `kubexplain __complete WORD… CURRENT`, which prints one candidate per line and, last, a directive
// line as cobra (and so kubectl's plugin completion, through kubectl_complete-xplain) expects:
// `:4` no file names, `:0` the shell's default (file names, after --kubeconfig, -f, --docs).
// Object and namespace names come from the cluster within a short deadline, context names from the
// kubeconfig; when anything fails there are simply no candidates.
import type { Command } from 'commander';
import { KINDS, lookupKind } from '../src/cluster/kinds.js';
import { kubeconfigContexts } from '../src/cluster/contexts.js';
import { loadKubeConfig } from '../src/cluster/kubeconfig.js';
import { LiveReader } from '../src/cluster/reader.js';
import { em, usageError } from '../src/errors.js';
import { quoted } from '../src/model/message.js';
import { firstPositional, positionals as positionalArgs } from './argv.js';

/** How long a completion may wait for the cluster: a shell user feels more than this. */
const DEADLINE_MS = 1500;
const NO_FILES = ':4';
const FILES = ':0';

const FILE_FLAGS = new Set(['--kubeconfig', '-f', '--filename', '--docs']);
const VERBS_RBAC = [
  'get',
  'list',
  'watch',
  'create',
  'update',
  'patch',
  'delete',
  'deletecollection',
  'impersonate',
  'bind',
  'escalate',
  '*',
];
const SUBJECTS = ['me', 'user:', 'group:', 'sa:'];
// What each verb's positional arguments can be.
const TARGET_KINDS: Record<string, string[] | 'all'> = { explain: 'all', trace: ['service', 'ingress'], dns: ['service', 'pod'] };

export function completionScript(shell: string, name: string): string {
  const fn = `_${name.replace(/[^A-Za-z0-9]/g, '_')}`;
  switch (shell) {
    case 'bash':
      return `# bash completion for ${name}: source <(${name} completion bash)
${fn}() {
  local cur=\${COMP_WORDS[COMP_CWORD]} out directive
  out=$(${name} __complete "\${COMP_WORDS[@]:1:COMP_CWORD}" 2>/dev/null) || return 0
  directive=\${out##*$'\\n'}
  [[ $directive == :* ]] || directive=${NO_FILES}
  out=$(printf '%s\\n' "$out" | grep -v '^:')
  local IFS=$'\\n'
  COMPREPLY=($(compgen -W "$out" -- "$cur"))
  if [[ \${#COMPREPLY[@]} -eq 0 && $directive == ${FILES} ]]; then COMPREPLY=($(compgen -f -- "$cur")); fi
  # kind/ is the start of a name: no space after it.
  if [[ \${#COMPREPLY[@]} -eq 1 && \${COMPREPLY[0]} == */ ]]; then compopt -o nospace 2>/dev/null; fi
  return 0
}
complete -F ${fn} ${name}
`;
    case 'zsh':
      return `#compdef ${name}
# zsh completion for ${name}: source <(${name} completion zsh)
${fn}() {
  local -a out partial whole
  out=("\${(@f)$(${name} __complete "\${(@)words[2,$CURRENT]}" 2>/dev/null)}")
  local directive=\${out[-1]}
  out=(\${out:#:*})
  for c in $out; do [[ $c == */ ]] && partial+=$c || whole+=$c; done
  compadd -S '' -- $partial
  compadd -- $whole
  [[ \${#out} -eq 0 && $directive == '${FILES}' ]] && _files
  return 0
}
compdef ${fn} ${name}
`;
    case 'fish':
      return `# fish completion for ${name}: ${name} completion fish | source
function __${fn}_complete
  set -l args (commandline -opc)[2..-1] (commandline -ct)
  ${name} __complete $args 2>/dev/null | string match -v -r '^:'
end
complete -c ${name} -f -a '(__${fn}_complete)'
`;
    default:
      throw usageError(em['completion.shell']({ shell: quoted(shell) }), em['completion.shell.hint']());
  }
}

/** Candidates for the last word of `words` (the words after the program name), then a directive line. */
export async function complete(words: string[], program: Command): Promise<string[]> {
  const cur = words.at(-1) ?? '';
  const before = words.slice(0, -1);
  const prev = before.at(-1);
  const verb = firstPositional(before);
  const cmd = program.commands.find((c) => c.name() === verb);
  const flagValue = (...names: string[]) => {
    for (let i = before.length - 2; i >= 0; i--) if (names.includes(before[i]!)) return before[i + 1];
    return undefined;
  };
  const conn = () =>
    loadKubeConfig({
      ...optional('kubeconfig', flagValue('--kubeconfig')),
      ...optional('context', flagValue('--context')),
      ...optional('namespace', flagValue('-n', '--namespace')),
    });
  const within = (s: string[]) => [...s.filter((c) => c.startsWith(cur)), NO_FILES];

  if (prev && FILE_FLAGS.has(prev)) return [FILES];
  if (prev === '-o' || prev === '--output') return within(['text', 'json', 'yaml', 'markdown']);
  if (prev === '--lang') return within(['ja', 'en']);
  if (prev === '-n' || prev === '--namespace') return within(await names(conn, 'Namespace'));
  // From the kubeconfig files themselves (--kubeconfig, else $KUBECONFIG, else ~/.kube/config): no kubectl needed.
  if (prev === '--context') return within(kubeconfigContexts(flagValue('--kubeconfig')));
  if (cur.startsWith('-')) {
    const opts = [...program.options, ...(cmd?.options ?? [])];
    return within(opts.flatMap((o) => [o.long, o.short]).filter((f): f is string => !!f));
  }
  if (!cmd) return within([...program.commands.map((c) => c.name()).filter((n) => !n.startsWith('_')), ...kindPrefixes('all')]);

  const positionals = positionalArgs(before).slice(1);
  const kinds = TARGET_KINDS[cmd.name()];
  if (cmd.name() === 'completion') return within(positionals.length ? [] : ['bash', 'zsh', 'fish']);
  if (cmd.name() === 'who-can') return within(positionals.length === 0 ? VERBS_RBAC : positionals.length === 1 ? resources() : []);
  if (cmd.name() === 'can') return within([SUBJECTS, VERBS_RBAC, resources()][positionals.length] ?? []);
  if (cmd.name() === 'access') return within(positionals.length ? [] : SUBJECTS);
  if (!kinds) return within([]);
  const slash = cur.indexOf('/');
  if (slash > 0) {
    const kind = lookupKind(cur.slice(0, slash));
    return within(kind ? (await names(conn, kind.kind)).map((n) => `${cur.slice(0, slash)}/${n}`) : []);
  }
  // explain TYPE NAME…: after a bare kind, names of that kind.
  const typed = cmd.name() === 'explain' && positionals[0] && !positionals[0].includes('/') ? lookupKind(positionals[0]) : undefined;
  if (typed) return within(await names(conn, typed.kind));
  return within([...kindPrefixes(kinds), ...(cmd.name() === 'explain' && !positionals.length ? kindWords() : [])]);
}

const optional = <K extends string>(key: K, value: string | undefined) => (value ? ({ [key]: value } as Record<K, string>) : {});

function kindPrefixes(kinds: string[] | 'all'): string[] {
  if (kinds !== 'all') return kinds.map((k) => `${k}/`);
  return KINDS.map((k) => `${k.kind.toLowerCase()}/`);
}
const kindWords = () => KINDS.map((k) => k.plural);
const resources = () => KINDS.map((k) => (k.group ? `${k.plural}.${k.group}` : k.plural));

/** Names of objects of a kind in the namespace of -n (or the context's), within the deadline; [] on any failure. */
async function names(conn: () => ReturnType<typeof loadKubeConfig>, kind: string): Promise<string[]> {
  try {
    const c = conn();
    const reader = new LiveReader(c, DEADLINE_MS);
    const items = await deadline(reader.list(kind, lookupKind(kind)?.namespaced ? { namespace: c.namespace } : {}));
    return items.map((o) => o.metadata?.name ?? '').filter(Boolean);
  } catch {
    return [];
  }
}

function deadline<T>(p: Promise<T>): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const late = new Promise<never>((_, reject) => (timer = setTimeout(() => reject(new Error('deadline')), DEADLINE_MS)));
  return Promise.race([p, late]).finally(() => clearTimeout(timer));
}
