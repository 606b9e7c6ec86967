// Messages on stderr name files and may quote a letter or a configuration file. A file name can
// hold a newline (a CI log would read what follows as a line of its own, a workflow command even)
// or an escape sequence (which retitles the terminal or hides the rest of the line).
import { escapeControls } from '../core';

/**
 * A stderr writer that keeps each message to its lines: every control character in it is written
 * as a visible escape (`\n`, `\x1b`), except the line break that ends it. One call, one line.
 */
export function oneLine(write: (s: string) => void): (s: string) => void {
  return (s) => write(s.endsWith('\n') ? `${escapeControls(s.slice(0, -1))}\n` : escapeControls(s));
}
