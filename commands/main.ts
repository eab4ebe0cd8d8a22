// The command line: declares every verb and the common flags, then loads the verb's module only
// when it runs, so `--version` and `--help` stay cheap. No logic here beyond dispatch.
import { markRanToEnd } from './ran-to-end.js';
import { readFileSync } from 'node:fs';
import { em, usageError } from '../src/errors.js';
import { commanderError } from './commander-errors.js';
import { reportError } from './report-error.js';
import { firstPositional } from './argv.js';
import { detectLang, type Lang } from '../src/i18n/lang.js';
import { captureStdout as captureAll, isTerminal, stdout } from './stdout.js';

export { firstPositional };

export interface CommonOptions {
  kubeconfig?: string;
  context?: string;
  namespace?: string;
  allNamespaces?: boolean;
  requestTimeout?: string;
  as?: string;
  asGroup?: string[];
  /** junit and sarif: `check` only. */
  output: 'text' | 'json' | 'yaml' | 'markdown' | 'junit' | 'sarif';
  lang?: string;
  docs: string[];
  color: boolean;
  debug?: boolean;
  filename?: string[];
}

// Set by the bundler (scripts/build.mjs); from source (tests, tsx) package.json is one folder up.
declare const KX_VERSION: string | undefined;

export function version(): string {
  if (typeof KX_VERSION === 'string') return KX_VERSION;
  return (JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')) as { version: string }).version;
}

// A repeatable option without a default (-f) starts from undefined.
const collect = (value: string, previous: string[] = []) => [...previous, value];

export async function main(argv: string[], name = 'kubexplain'): Promise<void> {
  if (argv.length === 1 && (argv[0] === '--version' || argv[0] === '-V')) {
    stdout.write(`${version()}\n`);
    return;
  }
  const debug = argv.includes('--debug');
  // The language is known before commander parses, so its usage errors are said in it too.
  const lang = detectLang(langFlag(argv));
  try {
    await run(argv, name, lang);
  } catch (err) {
    process.exitCode = await reportError(err, debug, lang);
  }
}

// bin/load-bundle.cjs asks it before it keeps the run's compiled code.
export { ranToEnd } from './ran-to-end.js';

/** The value of --lang (or --lang=X) in argv, before commander has parsed it. */
const langFlag = (argv: string[]) => argv.find((a, i) => argv[i - 1] === '--lang' || a.startsWith('--lang='))?.replace(/^--lang=/, '');

async function run(argv: string[], name: string, lang: Lang): Promise<void> {
  const { Command, Option, CommanderError } = await import('commander');
  // --help in Japanese with --lang ja or a Japanese locale.
  const ja = lang === 'ja';
  const { HELP } = ja ? await import('./help-ja.js') : await import('./help-text.js');
  // explain's kind list ("@kinds Kinds:" in HELP) comes from the explainer registry, whose modules (the
  // message catalogs among them) cost every command ~60 ms of CPU: loaded only when help is shown.
  if (argv.some((a) => a === '--help' || a === '-h' || a === 'help')) {
    const { kindsLine } = await import('./explained-kinds.js');
    for (const k of Object.keys(HELP)) HELP[k] = HELP[k]!.replace(/^@kinds (.*)$/m, (_, lead: string) => kindsLine(lead));
  }
  const program = new Command(name)
    .description(
      'Explains live Kubernetes objects, traffic routing, DNS names and RBAC, and points at the section ' +
        'of your own learning documents (or the built-in handbook) that teaches each concept. ' +
        'Read-only: it never changes the cluster.',
    )
    .version(version(), '-V, --version')
    .option('--kubeconfig <file>', 'kubeconfig file (default: $KUBECONFIG or ~/.kube/config)')
    .option('--context <name>', 'kubeconfig context to use')
    .option('-n, --namespace <ns>', 'namespace (default: the context\'s namespace, else "default")')
    .option('-A, --all-namespaces', 'across all namespaces')
    .option('--request-timeout <duration>', 'deadline per API request and for credential plugins, e.g. 10s, 1m; 0 = none', '30s')
    .option('--as <user>', 'impersonate this user (Impersonate-User), as kubectl --as; still read-only')
    .option('--as-group <group>', 'impersonate this group too (repeatable; needs --as)', collect)
    .addOption(
      new Option('-o, --output <format>', 'output format').choices(['text', 'json', 'yaml', 'markdown', 'junit', 'sarif']).default('text'),
    )
    .addOption(new Option('--lang <lang>', 'language of explanations (default from LANG/LC_ALL)').choices(['ja', 'en']))
    .option('--docs <path>', 'Markdown file or folder to annotate with (repeatable; also KUBEXPLAIN_DOCS)', collect, [])
    .option('--no-color', 'no colour (also NO_COLOR)')
    .option('-f, --filename <path>', 'read manifests from a file or folder instead of a cluster (offline)', collect)
    .option('--debug', 'show stack traces and request logs')
    // Commander's own error lines are English: they are thrown (exitOverride) and said by report-error.
    .configureOutput({ outputError: () => {}, writeOut: (text) => stdout.write(text) })
    // Each verb's --help lists the common flags too, as kubectl's "Global flags".
    .configureHelp({ showGlobalOptions: true })
    .exitOverride()
    .addHelpText('after', HELP.main!);

  program
    .command('explain <targets...>')
    .addHelpText('after', HELP['explain']!)
    .description('explain objects: TYPE/NAME… or TYPE NAME…, e.g. pod/web-1, deploy web, pods -l app=web')
    .option('-l, --selector <selector>', 'explain every object of TYPE matching the label selector, worst first')
    .action(async (targets: string[], _opts: unknown, cmd: InstanceType<typeof Command>) => {
      const { explainCommand } = await import('./explain.js');
      await explainCommand(targets, cmd.optsWithGlobals<CommonOptions & { selector?: string }>());
    });
  program
    .command('trace <target>')
    .addHelpText('after', HELP['trace']!)
    .description('trace traffic hop by hop: service/<n>[:port] | ingress/<n> | <dns-name>[:port]')
    .action(async (target: string, _opts: unknown, cmd: InstanceType<typeof Command>) => {
      const { traceCommand } = await import('./trace.js');
      await traceCommand(target, cmd.optsWithGlobals<CommonOptions>());
    });
  program
    .command('dns <target>')
    .addHelpText('after', HELP['dns']!)
    .description('list the DNS names the cluster serves for service/<n> or pod/<n>, and those to publish for gateway/<n>')
    .option('--cluster-domain <zone>', "cluster DNS zone when CoreDNS's ConfigMap cannot be read (default: cluster.local, assumed)")
    .option('--from <namespace>', "which short names a Pod in this namespace can use (default: the target's and any other)")
    .action(async (target: string, _opts: unknown, cmd: InstanceType<typeof Command>) => {
      const { dnsCommand } = await import('./dns.js');
      await dnsCommand(target, cmd.optsWithGlobals<CommonOptions & { clusterDomain?: string; from?: string }>());
    });
  program
    .command('who-can <verb> <resource>')
    .addHelpText('after', HELP['who-can']!)
    .description('who may <verb> <resource>[/<name>], e.g. who-can get pods/log, who-can list secrets -A')
    .option('--no-verify', 'skip the SubjectAccessReview per subject (faster on clusters with many subjects)')
    .option('--name <name>', 'the object name, apart from RESOURCE[/SUBRESOURCE] (a name that collides with a subresource)')
    .action(async (verb: string, resource: string, opts: { verify?: boolean; name?: string }) => {
      const { runWhoCan } = await import('./who-can.js');
      await runWhoCan(verb, resource, program.opts<CommonOptions>(), opts);
    });
  program
    .command('can <subject> <verb> <resource>')
    .addHelpText('after', HELP['can']!)
    .description('may <subject> (me | user:NAME | group:NAME | sa:NS/NAME) do it? exit 0 yes, 1 no, 8 unknown')
    .option('--name <name>', 'the object name, apart from RESOURCE[/SUBRESOURCE] (a name that collides with a subresource)')
    .action(async (subject: string, verb: string, resource: string, opts: { name?: string }) => {
      const { runCan } = await import('./can.js');
      await runCan(subject, verb, resource, program.opts<CommonOptions>(), opts.name !== undefined ? { name: opts.name } : {});
    });
  program
    .command('access <subject>')
    .addHelpText('after', HELP['access']!)
    .description('a resources × verbs matrix of what a subject may do (me | user:NAME | group:NAME | sa:NS/NAME)')
    .action(async (subject: string) => {
      const { runAccess } = await import('./access.js');
      await runAccess(subject, program.opts<CommonOptions>());
    });
  program
    .command('docs [query]')
    .addHelpText('after', HELP['docs']!)
    .description('search your documents and the handbook: docs "readiness probe", docs --concept pod.phase')
    .option('--concept <key>', 'rank sections for a concept key of the catalog')
    .option('--list', 'list the concept keys')
    .option('--show [file#anchor]', "print the best section's text (or the one named) rendered for the terminal")
    .action(async (query: string | undefined, opts: { concept?: string; list?: boolean; show?: boolean | string }) => {
      const { runDocs } = await import('./docs.js');
      await runDocs(query, opts, program.opts<CommonOptions>());
    });
  program
    .command('check')
    .addHelpText('after', HELP['check'] ?? '')
    .description('find what is broken in a namespace (or -A), grouped by root cause; exit 1 at or above --fail-on')
    .option('-l, --selector <selector>', 'only objects with these labels (what they refer to is still read)')
    .option('--kind <kinds>', 'only these kinds, comma-separated (pod,deploy,svc,…)')
    .option('--fail-on <severity>', 'exit 1 when a problem is at least this severe: warning or error', 'error')
    .action(async (_opts: unknown, cmd: InstanceType<typeof Command>) => {
      const { checkCommand } = await import('./check.js');
      const all = cmd.optsWithGlobals<CommonOptions & { selector?: string; kind?: string; failOn?: string }>();
      await checkCommand(all, {
        ...(all.selector ? { selector: all.selector } : {}),
        ...(all.kind ? { kind: all.kind } : {}),
        ...(all.failOn ? { failOn: all.failOn } : {}),
      });
    });
  program
    .command('tui')
    .addHelpText('after', HELP['tui']!)
    .description('open the full-screen terminal UI (default with no arguments on a TTY)')
    .action(async (_opts: unknown, cmd: InstanceType<typeof Command>) => {
      const { runTui } = await import('./tui.js');
      await runTui(cmd.optsWithGlobals<CommonOptions>());
    });

  // kubectl accepts `-o=json` and `-n=shop`; commander would read "=json" as the value.
  argv = argv.flatMap((a) => (/^-[a-zA-Z]=/.test(a) ? [a.slice(0, 2), a.slice(3)] : [a]));
  // -o yaml: the verb writes its JSON model, which is printed as YAML (the same fields, same order).
  let yaml: ReturnType<typeof captureStdout> | undefined;
  program.hook('preAction', (_root, action) => {
    const out = action.optsWithGlobals<CommonOptions>().output;
    // JUnit and SARIF describe a list of problems: only `check` makes one.
    if ((out === 'junit' || out === 'sarif') && action.name() !== 'check')
      throw usageError(em['output.checkOnly']({ format: out }), em['output.checkOnly.hint']());
    if (program.opts<CommonOptions>().output !== 'yaml') return;
    program.setOptionValue('output', 'json');
    yaml = captureStdout();
  });
  program.hook('postAction', async () => {
    if (yaml) await yaml.printAsYaml();
  });

  program
    .command('completion <shell>')
    .description('print a shell completion script: bash, zsh or fish (source <(kubexplain completion bash))')
    .action(async (shell: string) => {
      const { completionScript } = await import('./completion.js');
      stdout.write(completionScript(shell, 'kubexplain'));
    });
  if (ja) (await import('./help-ja.js')).localizeHelp(program);
  // The completion scripts (and kubectl, through kubectl_complete-xplain) ask for candidates here.
  if (argv[0] === '__complete') {
    const { complete } = await import('./completion.js');
    stdout.write(`${(await complete(argv.slice(1), program)).join('\n')}\n`);
    return;
  }

  // `kubexplain pod/web` is short for `kubexplain explain pod/web`.
  const first = firstPositional(argv);
  const verbs = new Set(program.commands.map((c) => c.name()));
  if (first && first.includes('/') && !verbs.has(first)) argv = ['explain', ...argv];
  // Only common options (`kubexplain -n shop`) on a terminal: the TUI with those options.
  const tty = stdout.isTTY && isTerminal(0);
  if (!first && argv.length > 0 && tty && !argv.some((a) => ['-h', '--help', '-V', '--version'].includes(a))) argv = ['tui', ...argv];
  if (argv.length === 0) {
    if (tty) argv = ['tui'];
    else {
      program.outputHelp();
      return;
    }
  }

  try {
    await program.parseAsync(argv, { from: 'user' });
    markRanToEnd();
  } catch (err) {
    yaml?.restore();
    if (err instanceof CommanderError) {
      // Help and the version are printed already; a usage error becomes a KxError in the user's language.
      const ok = err.code === 'commander.helpDisplayed' || err.code === 'commander.version' || err.code === 'commander.help';
      if (ok) return;
      throw commanderError(err);
    }
    throw err;
  }
}

/** Holds what a verb writes to stdout, to print it again as YAML (-o yaml). */
function captureStdout() {
  const held = captureAll();
  return {
    restore: held.restore,
    async printAsYaml() {
      const text = held.text();
      if (!text.trim()) return;
      // yaml is CommonJS: bundled, import() gives its exports as the default.
      const mod = (await import('yaml')) as typeof import('yaml') & { default?: typeof import('yaml') };
      const { stringify } = mod.default ?? mod;
      stdout.write(stringify(JSON.parse(text), { lineWidth: 0 }));
    },
  };
}
