// Marker-annotated rule fixtures (markdownlint style): every line where a finding of the folder's
// rule starts ends with `{IMRnnn}`. The harness strips the markers, runs all rules, checks the
// marked lines, and compares every finding whole with the fixture's checked-in snapshot
// (`name.findings.json`, see ruleSnapshots.ts). UPDATE_GOLDEN=1 rewrites the snapshots.
import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { rules, type Finding } from '../../src/core';
import {
  describeDifference,
  fixtureFiles,
  fixtureFindings,
  RULES_DIR,
  ruleFolders,
  serializeFindings,
  SNAPSHOT_SUFFIX,
  snapshotFiles,
  snapshotPath,
  UPDATE_HINT,
  writeSnapshot,
} from './ruleSnapshots';

const update = process.env.UPDATE_GOLDEN === '1' || process.env.UPDATE_SNAPSHOTS === '1';

describe('rule fixtures', () => {
  it('has positive and negative fixtures for every registered rule', () => {
    for (const rule of rules) {
      const dir = path.join(RULES_DIR, rule.id);
      assert.ok(fs.existsSync(dir), `no fixtures for ${rule.id}`);
      const files = fixtureFiles(rule.id);
      assert.ok(files.some((f) => f.startsWith('positive')), `${rule.id} has no positive fixture`);
      assert.ok(files.some((f) => f.startsWith('negative')), `${rule.id} has no negative fixture`);
    }
  });

  it('has a fixture for every snapshot (none left behind by a renamed or deleted fixture)', () => {
    for (const id of ruleFolders()) {
      const fixtures = new Set(fixtureFiles(id));
      for (const snapshot of snapshotFiles(id)) {
        if (fixtures.has(snapshot.replace(SNAPSHOT_SUFFIX, '.txt'))) continue;
        if (update) fs.unlinkSync(path.join(RULES_DIR, id, snapshot));
        else assert.fail(`${id}/${snapshot} has no fixture: delete it, or run UPDATE_GOLDEN=1 npm run test:unit`);
      }
    }
  });

  for (const id of ruleFolders()) {
    for (const file of fixtureFiles(id)) {
      it(`${id}/${file}`, () => {
        const { expected, findings } = fixtureFindings(id, file);
        const own = findings.filter((f) => f.rule === id).map((f) => f.range.start.line);
        assert.deepStrictEqual(own.sort((a, b) => a - b), expected.sort((a, b) => a - b), `findings of ${id} start on the lines marked {${id}}`);
        if (file.startsWith('negative')) assert.strictEqual(own.length, 0, 'a negative fixture must not trigger its rule');
        else assert.ok(own.length > 0, 'a positive fixture must trigger its rule');

        const snapshot = snapshotPath(id, file);
        if (update) writeSnapshot(snapshot, findings);
        const name = `${id}/${path.basename(snapshot)}`;
        if (!fs.existsSync(snapshot)) assert.fail(`no snapshot ${name}: ${UPDATE_HINT}`);
        const recorded = fs.readFileSync(snapshot, 'utf8');
        const actual = serializeFindings(findings);
        if (actual !== recorded) {
          // The message says what differs finding by finding; mocha's diff of the two snapshots
          // (actual/expected, as assertion libraries set them) shows the rest, once.
          const before = JSON.parse(recorded) as Finding[];
          const err = new assert.AssertionError({ message: `the findings differ from ${name}:\n${describeDifference(before, findings)}\n${UPDATE_HINT}` });
          throw Object.assign(err, { actual, expected: recorded, showDiff: true });
        }
      });
    }
  }
});
