import * as assert from 'assert';
import { analyze, rules, type Finding } from '../../src/core/index';
import { Debouncer, type Clock } from '../../src/extension/shared/debounce';
import { findingFor, toDiagnosticData } from '../../src/extension/features/diagnostics/data';
import { basename, dirname, relativePath, stem } from '../../src/extension/shared/paths';
import { statusInfo } from '../../src/extension/features/statusBar/statusText';
import { defaultSummaryName, formatsInPickOrder } from '../../src/extension/commands/summaryNames';
import { effectiveConfig, settingsToConfig, WarnOnce } from '../../src/extension/config/model';
import { matchScore, searchItems, type IndexedItem } from '../../src/extension/workspace/symbols/search';
import { ruleMarkdown, ruleTableMarkdown, rulesSchema } from '../../src/extension/commands/ruleDocsContent';
import { ruleDocsUriString, ruleIdFromDocsPath } from '../../src/extension/shared/ruleDocsUri';
import { LanguageChoices } from '../../src/extension/features/language/choice';
import { CONTRADICTORY_LETTER } from './letters';

/** A clock whose time only moves when the test says so. */
class FakeClock implements Clock {
  now = 0;
  private timers: { at: number; fn: () => void; id: number }[] = [];
  private nextId = 1;
  setTimeout(fn: () => void, ms: number): unknown {
    const id = this.nextId++;
    this.timers.push({ at: this.now + ms, fn, id });
    return id;
  }
  clearTimeout(handle: unknown): void {
    this.timers = this.timers.filter((t) => t.id !== handle);
  }
  advance(ms: number): void {
    this.now += ms;
    const due = this.timers.filter((t) => t.at <= this.now).sort((a, b) => a.at - b.at);
    this.timers = this.timers.filter((t) => t.at > this.now);
    for (const t of due) t.fn();
  }
  get pending(): number {
    return this.timers.length;
  }
}

describe('extension helpers', () => {
  describe('Debouncer', () => {
    it('runs only the last scheduled function once the key is quiet', () => {
      const clock = new FakeClock();
      const d = new Debouncer(250, clock);
      const runs: string[] = [];
      d.schedule('a', () => runs.push('a1'));
      clock.advance(200);
      d.schedule('a', () => runs.push('a2'));
      clock.advance(200);
      assert.deepStrictEqual(runs, []);
      assert.ok(d.isPending('a'));
      clock.advance(50);
      assert.deepStrictEqual(runs, ['a2']);
      assert.ok(!d.isPending('a'));
    });

    it('keeps keys independent and cancels on request', () => {
      const clock = new FakeClock();
      const d = new Debouncer(100, clock);
      const runs: string[] = [];
      d.schedule('a', () => runs.push('a'));
      d.schedule('b', () => runs.push('b'));
      d.cancel('a');
      clock.advance(100);
      assert.deepStrictEqual(runs, ['b']);
      d.schedule('c', () => runs.push('c'));
      d.dispose();
      assert.strictEqual(clock.pending, 0);
    });
  });

  describe('toDiagnosticData', () => {
    it('keeps range, message, severity and related information, with source and a code link', () => {
      const analysis = analyze(CONTRADICTORY_LETTER);
      const finding = analysis.findings.find((f) => f.rule === 'IMR001');
      assert.ok(finding, 'the synthetic letter has an IMR001 finding');
      const d = toDiagnosticData(finding, ruleDocsUriString);
      assert.strictEqual(d.source, 'imr-review');
      assert.deepStrictEqual(d.code, { value: 'IMR001', target: 'imr-review-rule:/IMR001.md' });
      assert.strictEqual(d.severity, 'error');
      assert.deepStrictEqual(d.range, finding.range);
      assert.strictEqual(d.related.length, 1);
      assert.strictEqual(d.related[0].range.start.line, 27, "the concluding sentence of the pillow item");
      assert.strictEqual(findingFor(analysis.findings, 'IMR001', d.range), finding);
      assert.strictEqual(findingFor(analysis.findings, 'IMR002', d.range), undefined);
    });

    it('carries the configured severity', () => {
      const f: Finding = { rule: 'IMR006', name: 'x', severity: 'info', message: 'm', range: { start: { line: 1, character: 0 }, end: { line: 1, character: 3 } } };
      assert.strictEqual(toDiagnosticData(f, ruleDocsUriString).severity, 'info');
      assert.deepStrictEqual(toDiagnosticData(f, ruleDocsUriString).related, []);
    });
  });

  describe('statusInfo', () => {
    it('counts decisions and problems and points at the Problems panel', () => {
      const s = statusInfo(analyze(CONTRADICTORY_LETTER));
      assert.strictEqual(s.text, 'IMR: 1 upheld · 1 overturned · 1 problem');
      assert.strictEqual(s.command, 'workbench.actions.view.problems');
    });

    it('points at the Outline when there are no problems', () => {
      const clean = CONTRADICTORY_LETTER.replace('Cervical pillow:  Overturned', 'Cervical pillow:  Upheld');
      const s = statusInfo(analyze(clean));
      assert.strictEqual(s.text, 'IMR: 2 upheld · 0 overturned · no problems');
      assert.strictEqual(s.command, 'outline.focus');
    });
  });

  describe('paths and summary names', () => {
    it('splits URI paths', () => {
      assert.strictEqual(basename('/a/b/letter.txt'), 'letter.txt');
      assert.strictEqual(dirname('/a/b/letter.txt'), '/a/b');
      assert.strictEqual(dirname('/letter.txt'), '/');
      assert.strictEqual(stem('/a/b/letter.final.txt'), 'letter.final');
      assert.strictEqual(stem('Untitled-1'), 'Untitled-1');
      assert.strictEqual(relativePath('/ws', '/ws/letters/a.txt'), 'letters/a.txt');
      assert.strictEqual(relativePath('/ws/', '/ws/a.txt'), 'a.txt');
      assert.strictEqual(relativePath('/ws', '/wsx/a.txt'), undefined);
    });

    it('names the summary after the letter', () => {
      assert.strictEqual(defaultSummaryName('/cases/2014-05-okafor.txt', 'markdown'), '2014-05-okafor.summary.md');
      assert.strictEqual(defaultSummaryName('/cases/letter', 'json'), 'letter.summary.json');
      assert.strictEqual(defaultSummaryName('Untitled-2', 'csv'), 'Untitled-2.summary.csv');
    });

    it('offers the last format first', () => {
      assert.deepStrictEqual(formatsInPickOrder('csv'), ['csv', 'markdown', 'json']);
      assert.deepStrictEqual(formatsInPickOrder(undefined), ['markdown', 'json', 'csv']);
      assert.deepStrictEqual(formatsInPickOrder('pdf'), ['markdown', 'json', 'csv']);
    });
  });

  describe('configuration', () => {
    it('lets settings override the file rule by rule and keeps the file suppressions', () => {
      const settings = settingsToConfig({ IMR001: 'warning', 'missing-decision': 'off' });
      assert.deepStrictEqual(settings.errors, []);
      const file = { rules: { IMR001: 'info' as const, IMR005: 'error' as const }, ignore: [{ rule: 'IMR006', file: 'a.txt', item: 'X' }] };
      const merged = effectiveConfig(file, settings.config);
      assert.deepStrictEqual(merged.rules, { IMR001: 'warning', IMR005: 'error', IMR002: 'off' });
      assert.deepStrictEqual(merged.ignore, file.ignore);
      assert.deepStrictEqual(effectiveConfig(undefined, settings.config).ignore, []);
      // A name in the setting overrides an ID in the file, and `true` re-enables at the default.
      const off = { rules: { IMR011: 'off' as const, IMR010: 'off' as const }, ignore: [] };
      const back = settingsToConfig({ 'misspelled-term': 'warning', 'truncated-citation': true });
      assert.deepStrictEqual(effectiveConfig(off, back.config).rules, { IMR011: 'warning', IMR010: 'info' });
    });

    it('reports invalid setting values', () => {
      const s = settingsToConfig({ IMR001: 'loud' });
      assert.strictEqual(s.errors.length, 1);
      assert.deepStrictEqual(settingsToConfig({ IMR999: 'off', IMR002: 'info' }), { config: { rules: { IMR002: 'info' }, ignore: [] }, errors: ['imrReview.rules: unknown rule "IMR999"'], setting: 'imrReview.rules' });
      assert.deepStrictEqual(settingsToConfig(undefined).config.rules, {});
    });

    it('warns once per distinct problem and again after the file was fixed', () => {
      const w = new WarnOnce();
      assert.ok(w.shouldWarn('/ws/.imr-review.json', ['bad']));
      assert.ok(!w.shouldWarn('/ws/.imr-review.json', ['bad']));
      assert.ok(w.shouldWarn('/ws/.imr-review.json', ['worse']));
      assert.ok(!w.shouldWarn('/ws/.imr-review.json', []));
      assert.ok(w.shouldWarn('/ws/.imr-review.json', ['bad']));
    });
  });

  describe('workspace symbol matching', () => {
    const r = { start: { line: 0, character: 0 }, end: { line: 0, character: 1 } };
    const items: IndexedItem[] = [
      { uri: 'file:///a.txt', title: 'Norco 10/325mg #90', decision: 'Upheld', range: r },
      { uri: 'file:///b.txt', title: 'Retrospective Norco 5/325 #60', decision: 'Overturned', range: r },
      { uri: 'file:///b.txt', title: 'Gabapentin 600mg #90', decision: null, range: r },
      { uri: 'file:///c.txt', title: 'Physical therapy x 12', decision: 'Upheld', range: r },
    ];

    it('finds items by drug name, case-insensitively, across letters', () => {
      const hits = searchItems('norco', items);
      assert.deepStrictEqual(hits.map((h) => h.uri), ['file:///a.txt', 'file:///b.txt']);
      assert.strictEqual(hits[0].title, 'Norco 10/325mg #90', 'a match at the start ranks first');
    });

    it('matches fuzzy subsequences but not unrelated text', () => {
      assert.deepStrictEqual(searchItems('gbpn', items).map((h) => h.title), ['Gabapentin 600mg #90']);
      assert.strictEqual(matchScore('xyz', 'Norco'), undefined);
      assert.strictEqual(searchItems('', items).length, 4);
    });
  });

  describe('rule documentation', () => {
    it('maps rule IDs to documentation URIs and back', () => {
      assert.strictEqual(ruleDocsUriString('IMR003'), 'imr-review-rule:/IMR003.md');
      assert.strictEqual(ruleIdFromDocsPath('/IMR003.md'), 'IMR003');
      assert.strictEqual(ruleIdFromDocsPath('/../etc'), undefined);
    });

    it('documents every rule from its metadata', () => {
      for (const rule of rules) {
        const md = ruleMarkdown(rule);
        assert.ok(md.startsWith(`# ${rule.id} ${rule.name}\n`), rule.id);
        assert.ok(md.includes(rule.docs.why), `${rule.id} why`);
        assert.ok(md.includes(rule.docs.example), `${rule.id} example`);
        assert.ok(md.includes(`Default severity: **${rule.severity}**`), `${rule.id} severity`);
      }
      const table = ruleTableMarkdown(rules);
      assert.strictEqual(table.split('\n').length, rules.length + 2);
    });

    it('builds a settings schema that accepts every rule ID and name and nothing else', () => {
      const schema = rulesSchema(rules) as { properties: Record<string, unknown>; propertyNames: { enum: string[] }; additionalProperties: boolean };
      for (const rule of rules) {
        assert.ok(schema.properties[rule.id], rule.id);
        assert.ok(schema.properties[rule.name], rule.name);
      }
      assert.strictEqual(schema.propertyNames.enum.length, rules.length * 2);
      assert.strictEqual(schema.additionalProperties, false);
    });
  });
});

describe('language choices', () => {
  it('does not switch a letter back after the user made it plain text, but does after a real reopen', () => {
    const choices = new LanguageChoices();
    const deferred: (() => void)[] = [];
    const defer = (fn: () => void) => deferred.push(fn);

    assert.ok(choices.mayDetect('file:///a.txt'), 'first open: detect');
    // The user picks "Plain Text": close(imr) and open(plaintext) in one call.
    choices.closed('file:///a.txt', defer);
    assert.ok(!choices.mayDetect('file:///a.txt'));
    deferred.splice(0).forEach((f) => f());
    assert.ok(!choices.mayDetect('file:///a.txt'), 'stays plain for the session');

    // Another letter closed for real, reopened later: detected again.
    choices.closed('file:///b.txt', defer);
    deferred.splice(0).forEach((f) => f());
    assert.ok(choices.mayDetect('file:///b.txt'));
  });
});

