// Commander's usage errors as KxErrors in the user's language. Commander words its errors in English
// with the names it was given in quotes ('target', '--bogus'); for each known code those names are read
// back from its message (its own fixed wording) and said in a sentence of ours. Exit code 2 as before.
import type { CommanderError } from 'commander';
import { em, usageError, type KxError } from '../src/errors.js';
import { quoted, type Message } from '../src/model/message.js';

const inQuotes = (text: string): string[] => [...text.matchAll(/'([^']*)'/g)].map((m) => m[1]!);
/** `-o, --output <format>` → `--output`; a long flag names the option best. */
const flagName = (flags: string) => flags.split(/[ ,|]+/).find((f) => f.startsWith('--')) ?? flags.split(/[ ,|]+/)[0] ?? flags;

export function commanderError(err: CommanderError): KxError {
  const [first = '', second = ''] = inQuotes(err.message);
  const near = /\(Did you mean (.+)\?\)/.exec(err.message)?.[1];
  const help = near ? em.near({ near: quoted(near) }) : em['cli.help']();
  let said: Message;
  switch (err.code) {
    case 'commander.unknownCommand':
      said = em['cli.unknownCommand']({ command: quoted(first) });
      break;
    case 'commander.missingArgument':
      said = em['cli.missingArgument']({ name: quoted(first) });
      break;
    case 'commander.unknownOption':
      said = em['cli.unknownOption']({ option: quoted(first) });
      break;
    case 'commander.excessArguments': {
      const [, expected = '0', got = '0'] = /Expected (\d+) arguments? but got (\d+)/.exec(err.message) ?? [];
      said = em['cli.excessArguments']({ expected: Number(expected), got: Number(got) });
      break;
    }
    case 'commander.invalidArgument': {
      const choices = /Allowed choices are (.*)\.$/.exec(err.message)?.[1];
      const option = quoted(flagName(first));
      said = choices
        ? em['cli.invalidChoice']({ option, value: quoted(second), choices: choices.split(', ') })
        : em['cli.invalidArgument']({ option, value: quoted(second) });
      break;
    }
    case 'commander.optionMissingArgument':
    case 'commander.missingMandatoryOptionValue':
      said = em['cli.optionMissingArgument']({ option: quoted(flagName(first)) });
      break;
    default:
      said = em['cli.usage']();
  }
  return usageError(said, help);
}
