// VS Code's default themes must tell Upheld from Overturned (and conclusions likewise): the
// scopes end in the markup.deleted / markup.inserted families that Dark+ and Light+ colour. Read
// from the theme files of the VS Code that the test provisioning installed under .vscode-test.
import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { parse as parseJsonc } from 'jsonc-parser';
import { REPO_ROOT } from './load-grammar';

interface TokenColor {
  scope?: string | string[];
  settings: { foreground?: string };
}

function findThemesDir(): string | undefined {
  const base = path.join(REPO_ROOT, '.vscode-test');
  if (!fs.existsSync(base)) return undefined;
  const candidates = fs
    .readdirSync(base)
    .flatMap((d) => [
      path.join(base, d, 'node_modules', 'code-server', 'lib', 'vscode', 'extensions', 'theme-defaults', 'themes'),
      path.join(base, d, 'lib', 'vscode', 'extensions', 'theme-defaults', 'themes'),
      path.join(base, d, 'resources', 'app', 'extensions', 'theme-defaults', 'themes'),
      path.join(base, d, 'VSCode-linux-x64', 'resources', 'app', 'extensions', 'theme-defaults', 'themes'),
    ]);
  return candidates.find((c) => fs.existsSync(path.join(c, 'dark_plus.json')));
}

/** The theme's token colours, its `include`d base theme first (later rules win ties, as in VS Code). */
function tokenColors(dir: string, file: string): TokenColor[] {
  const theme = parseJsonc(fs.readFileSync(path.join(dir, file), 'utf8')) as { include?: string; tokenColors?: TokenColor[] };
  return [...(theme.include ? tokenColors(dir, path.basename(theme.include)) : []), ...(theme.tokenColors ?? [])];
}

/** The foreground for a leaf scope: the longest plain selector that is a prefix of it. */
function foreground(rules: readonly TokenColor[], scope: string): string | undefined {
  let best: { length: number; color: string } | undefined;
  for (const rule of rules) {
    if (!rule.settings.foreground) continue;
    const selectors = (Array.isArray(rule.scope) ? rule.scope : (rule.scope ?? '').split(',')).map((s) => s.trim());
    for (const sel of selectors) {
      if (!sel || sel.includes(' ')) continue;
      if ((scope === sel || scope.startsWith(`${sel}.`)) && (!best || sel.length >= best.length)) best = { length: sel.length, color: rule.settings.foreground.toLowerCase() };
    }
  }
  return best?.color;
}

describe('IMR scopes in VS Code default themes', () => {
  const dir = findThemesDir();

  for (const theme of ['dark_plus.json', 'light_plus.json']) {
    it(`${theme} colours Upheld and Overturned differently`, function () {
      if (!dir) {
        console.log('      skipped: no VS Code theme-defaults under .vscode-test (run the VS Code test provisioning first)');
        this.skip();
      }
      const rules = tokenColors(dir!, theme);
      const upheld = foreground(rules, 'markup.deleted.decision.upheld.imr');
      const overturned = foreground(rules, 'markup.inserted.decision.overturned.imr');
      assert.ok(upheld && overturned, `${theme}: Upheld ${upheld}, Overturned ${overturned}`);
      assert.notStrictEqual(upheld, overturned, theme);
      assert.strictEqual(foreground(rules, 'markup.deleted.conclusion.negative.imr'), upheld, 'a negative conclusion looks like Upheld');
      assert.strictEqual(foreground(rules, 'markup.inserted.conclusion.positive.imr'), overturned, 'a positive conclusion looks like Overturned');
      assert.ok(foreground(rules, 'entity.name.function.item.imr'), `${theme} colours item titles`);
      assert.ok(foreground(rules, 'support.class.guideline.mtus.imr'), `${theme} colours guideline sources`);
    });
  }
});
