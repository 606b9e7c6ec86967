// markdown-it (which markdownlint brings) set up like VS Code's renderers, for tests that check that
// letter text renders as text: bare URLs linked, bare domains not; `html` as the renderer allows it.
export interface MarkdownIt {
  render(src: string): string;
}

interface Linkified extends MarkdownIt {
  linkify: { set(options: { fuzzyLink: boolean }): void };
}

/** `html: true` for the Markdown preview, `false` for hovers (their GFM renderer links bare URLs too). */
export function markdownIt(options: { html: boolean }): MarkdownIt {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const MarkdownIt = require('markdown-it') as new (options: object) => Linkified;
  const md = new MarkdownIt({ html: options.html, linkify: true });
  md.linkify.set({ fuzzyLink: false });
  return md;
}
