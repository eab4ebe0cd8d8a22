// The TUI's one <Text>: Ink's own component (nothing is wrapped, so no cost per line), typed so that
// the text it is given is SafeText (src/text/safe-text.ts). Ink prints strings as they are; with this
// type a cluster or document string that skipped the escaper does not compile. Ink's Text is not
// imported anywhere else in the TUI (eslint: no-restricted-imports).
import type { ReactElement } from 'react';
import { Text as InkText, type TextProps } from 'ink';
import type { SafeText } from '../../text/safe-text.js';

type Child = SafeText | ReactElement | null | false | undefined;
export type SafeTextProps = Omit<TextProps, 'children'> & { children?: Child | readonly Child[] };

export const Text = InkText as unknown as (props: SafeTextProps) => ReactElement | null;
