// `kubexplain tui` (and `kubexplain` alone on a terminal): the full-screen UI. Connects, then draws
// <App> on the alternate screen and restores the terminal however it ends.
import { markRanToEnd } from './ran-to-end.js';
import type { CommonOptions } from './main.js';
import { loadKubeConfig, parseDuration } from '../src/cluster/kubeconfig.js';
import { em, usageError } from '../src/errors.js';
import { colorEnabled, colourlessStream } from '../src/render/color.js';
import { detectLang } from '../src/i18n/lang.js';
import { loadCatalogs } from '../src/i18n/localize.js';
import { liveSource } from './tui-source.js';

const ENTER_ALT = '\u001b[?1049h\u001b[H';
const LEAVE_ALT = '\u001b[?25h\u001b[?1049l';

/** Ink draws only a final frame when CI is set (is-in-ci, read once at import); a terminal user asked for the UI. */
async function importUi() {
  // React's development build is several times slower; the UI is the product here.
  process.env.NODE_ENV ??= 'production';
  const saved = { CI: process.env.CI, CONTINUOUS_INTEGRATION: process.env.CONTINUOUS_INTEGRATION };
  delete process.env.CI;
  delete process.env.CONTINUOUS_INTEGRATION;
  try {
    const [{ render }, { App }, React] = await Promise.all([import('ink'), import('../src/render/tui/App.js'), import('react')]);
    // Bundled, React (CommonJS) may arrive as the namespace's default export.
    const react = (React.default as typeof React.default | undefined) ?? React;
    return { render, App, createElement: react.createElement };
  } finally {
    for (const [k, v] of Object.entries(saved)) if (v !== undefined) process.env[k] = v;
  }
}

export async function runTui(opts: CommonOptions): Promise<void> {
  if (!process.stdout.isTTY || !process.stdin.isTTY) {
    throw usageError(em['tui.tty'](), em['tui.tty.hint']());
  }
  const conn = loadKubeConfig(opts);
  const lang = detectLang(opts.lang);
  // The TUI switches languages as it runs: both are loaded.
  await Promise.all([loadCatalogs('en'), loadCatalogs('ja')]);
  const source = liveSource({ conn, connect: opts, timeoutMs: parseDuration(opts.requestTimeout ?? '30s'), lang, docs: opts.docs ?? [] });
  const { render, App, createElement } = await importUi();

  let restored = false;
  const restore = () => {
    if (restored) return;
    restored = true;
    process.stdout.write(LEAVE_ALT);
  };
  process.once('exit', restore);
  process.stdout.write(ENTER_ALT);
  try {
    const app = render(createElement(App, { source, namespace: conn.namespace, lang, allNamespaces: !!opts.allNamespaces }), {
      exitOnCtrlC: true,
      maxFps: 60,
      // NO_COLOR, TERM=dumb, --no-color: the same rule as the CLI's; bold and inverse stay.
      stdout: colorEnabled(process.stdout, opts.color !== false) ? process.stdout : colourlessStream(process.stdout),
    });
    await app.waitUntilExit();
  } finally {
    restore();
  }
  // Open watches and pending reads would keep the process alive; the screen is restored, so leave.
  markRanToEnd();
  process.exit(process.exitCode ?? 0);
}
