// Notification messages make `[label](https://…)`, `[label](command:…)` and `[label](file:…)` a
// link (VS Code's parseLinkedText), and a command link runs its command, arguments included, when
// clicked. A file name can be written that way; shown in a message, it must stay text.

/** Text for a notification message: a zero-width space between `]` and `(` keeps any link syntax from forming. */
export function plainMessageText(text: string): string {
  return text.replace(/\]\(/g, ']\u200b(');
}
