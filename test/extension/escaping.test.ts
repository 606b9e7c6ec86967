// Issue 12, the editor's side: quick-pick labels show `$(name)` in a title as text, not an icon;
// hovers and tree tooltips show letter text as text, with no link made of a bare URL.
import * as assert from 'assert';
import { analyze } from '../../src/core/index';
import { escapeMarkdown, itemHover } from '../../src/extension/features/hover/content';
import { escapeIcons } from '../../src/extension/shared/iconText';
import { plainMessageText } from '../../src/extension/shared/messageText';
import { syntheticLetter } from '../core/helpers';
import { markdownIt } from '../markdownIt';

/**
 * What a quick pick shows of a label, as VS Code's renderLabelWithIcons reads it (base/browser/ui/
 * iconLabel/iconLabels.ts): `$(name)` is an icon, `\$(name)` the text `$(name)`.
 */
function shownLabel(label: string): { text: string; icons: string[] } {
  const icons: string[] = [];
  const text = label.replace(/(\\)?\$\(([A-Za-z0-9-]+(?:~[A-Za-z]+)?)\)/g, (m: string, escaped: string | undefined, name: string) => {
    if (escaped) return m.slice(1);
    icons.push(name);
    return '';
  });
  return { text, icons };
}


const decode = (html: string) => html.replace(/<[^>]*>/g, '').replace(/&quot;/g, '"').replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&');

describe('editor text from letters (issue 12)', () => {
  it('escapeIcons: a title shows as written in a quick pick, with no icon', () => {
    for (const title of ['$(trash) Norco', 'Norco $(sync~spin) #90', 'a \\$(x) b', '$(5.00) copay', '$ (x)', 'Norco 10/325mg']) {
      const shown = shownLabel(escapeIcons(title));
      assert.deepStrictEqual(shown, { text: title, icons: [] }, title);
    }
    assert.deepStrictEqual(shownLabel('$(trash) Norco').icons, ['trash'], 'the stand-in renderer does render icons');
  });

  it('plainMessageText: a file name in a notification makes no link (VS Code\'s parseLinkedText pattern)', () => {
    // src/vs/base/common/linkedText.ts: what a notification message turns into a link.
    const LINK = /\[([^\]]+)\]\(((?:https?:\/\/|command:|file:)[^)\s]+)(?: (["'])(.+?)(\3))?\)/gi;
    const name = 'letters/[Open](command:workbench.action.terminal.sendSequence?%7B%22text%22%3A%22x%22%7D).txt';
    assert.ok(LINK.test(`IMR Review: ${name} does not look like a letter.`), 'the stand-in pattern does find the link');
    for (const text of [name, '[a](https://x.example) [b](file:///etc/passwd)', 'Norco (2) [sic]']) {
      const shown = plainMessageText(text);
      LINK.lastIndex = 0;
      assert.ok(!LINK.test(shown), shown);
      assert.strictEqual(shown.replace(/\u200b/g, ''), text);
    }
  });

  it('hovers show a title with markup and bare URLs as text, with no link, image or HTML', () => {
    const title = '[Open](command:workbench.action.terminal.new) ![i](https://t.example/p.png) <img src=x> see https://evil.example/a www.evil.example x@evil.example $(trash)';
    const text = syntheticLetter([{ heading: `${title}:  Upheld` }]);
    const item = analyze(text).letter.items[0];
    assert.strictEqual(item.title, title);
    const html = markdownIt({ html: false }).render(itemHover(item));
    const tags = new Set(html.match(/<[^>]*>/g));
    assert.deepStrictEqual([...tags].filter((t) => !/^<\/?(p|strong|ul|li|hr)>$/.test(t)), []);
    assert.ok(decode(html).includes(title), decode(html));
  });

  it('escapeMarkdown: multi-line letter text starts no list, heading or rule', () => {
    const text = 'first\n- a bullet\n+ another\n1) one\n2. two\n===\n---\n# head\n> quote\n    code?';
    const html = markdownIt({ html: false }).render(escapeMarkdown(text));
    assert.deepStrictEqual([...new Set(html.match(/<[^>]*>/g))], ['<p>', '</p>']);
    assert.strictEqual(decode(html).trim(), text.split('\n').map((l) => l.trim()).join('\n'));
  });
});
