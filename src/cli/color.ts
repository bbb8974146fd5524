// Whether the text output is coloured. --color always|never decides; with auto (the default) the
// environment does, in the order the conventions are usually applied (Node's tty.getColorDepth, chalk's
// supports-color): FORCE_COLOR forces colour on (its values 0/false force it off), https://no-color.org's
// NO_COLOR turns it off, TERM=dumb (a terminal that understands no escape sequences) turns it off, and
// otherwise colour is on when stdout is a terminal.

import type { ColorMode } from './args.js';

export function shouldColor(mode: ColorMode, isTty: boolean, env: NodeJS.ProcessEnv): boolean {
  if (mode === 'always') return true;
  if (mode === 'never') return false;
  const force = env.FORCE_COLOR;
  if (force !== undefined) return !['0', 'false'].includes(force.trim().toLowerCase());
  if (env.NO_COLOR) return false;
  if (env.TERM === 'dumb') return false;
  return isTty;
}
