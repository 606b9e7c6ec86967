// Quick-pick labels, descriptions and details render `$(name)` as an icon: a title or a file name
// holding `$(trash)` would show a trash can, not the text. No `vscode` here: unit-tested directly.

const ICON = /\$\([A-Za-z0-9-]+(?:~[A-Za-z0-9-]*)?\)/g;

/**
 * Text shown as written where `$(name)` is an icon: VS Code renders `\$(name)` as the text
 * `$(name)` (and `\\$(name)` as `\$(name)`, so a backslash already there is kept too).
 */
export function escapeIcons(text: string): string {
  return text.replace(ICON, '\\$&');
}
