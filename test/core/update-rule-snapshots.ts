// Rewrites the rule fixtures' snapshots (test/fixtures/rules/IMRnnn/*.findings.json) from the
// current analysis: node out/test/core/update-rule-snapshots.js [IMRnnn...] (all rules without
// arguments). Review the diff before committing; snapshots of deleted fixtures are removed.
import * as fs from 'fs';
import * as path from 'path';
import { fixtureFiles, fixtureFindings, RULES_DIR, ruleFolders, SNAPSHOT_SUFFIX, snapshotFiles, snapshotPath, writeSnapshot } from './ruleSnapshots';

const wanted = process.argv.slice(2);
const unknown = wanted.filter((id) => !ruleFolders().includes(id));
if (unknown.length > 0) {
  console.error(`no fixture folder for ${unknown.join(', ')} in ${RULES_DIR}`);
  process.exit(2);
}
let written = 0;
for (const id of wanted.length > 0 ? wanted : ruleFolders()) {
  const fixtures = fixtureFiles(id);
  for (const file of fixtures) {
    writeSnapshot(snapshotPath(id, file), fixtureFindings(id, file).findings);
    written++;
  }
  for (const snapshot of snapshotFiles(id)) {
    if (fixtures.includes(snapshot.replace(SNAPSHOT_SUFFIX, '.txt'))) continue;
    fs.unlinkSync(path.join(RULES_DIR, id, snapshot));
    console.log(`removed ${id}/${snapshot} (no fixture)`);
  }
}
console.log(`wrote ${written} snapshots in ${path.relative(process.cwd(), RULES_DIR) || RULES_DIR}`);
