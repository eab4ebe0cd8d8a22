// Drives the real bash completion: sources `kubexplain completion bash`, sets COMP_WORDS/COMP_CWORD as
// bash would for the typed line, calls the completion function and returns COMPREPLY.
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';

const bin = new URL('../../bin', import.meta.url).pathname;

export async function bashComplete(line: string, env: NodeJS.ProcessEnv = {}): Promise<string[]> {
  // A trailing space means a new, empty word is being completed.
  const words = line.split(/\s+/).filter(Boolean);
  if (line.endsWith(' ')) words.push('');
  const script = [
    'source <(kubexplain completion bash)',
    `COMP_WORDS=(${words.map((w) => `'${w.replace(/'/g, `'\\''`)}'`).join(' ')})`,
    `COMP_CWORD=${words.length - 1}`,
    '_kubexplain',
    'printf "%s\\n" "${COMPREPLY[@]}"',
  ].join('\n');
  const { stdout } = await promisify(execFile)('bash', ['-c', script], {
    env: { ...process.env, NO_COLOR: '1', ...env, PATH: `${bin}:${process.env.PATH}` },
  });
  return stdout.split('\n').filter(Boolean);
}
