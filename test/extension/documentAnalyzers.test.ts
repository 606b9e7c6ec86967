import * as assert from 'assert';
import { DocumentAnalyzers } from '../../src/extension/analysis/documentAnalyzers';

describe('DocumentAnalyzers', () => {
  it('gives each document one analyzer, the same one every time', () => {
    const analyzers = new DocumentAnalyzers();
    const a = analyzers.for('file:///a.txt');
    assert.strictEqual(analyzers.for('file:///a.txt'), a);
    assert.notStrictEqual(analyzers.for('file:///b.txt'), a);
    analyzers.delete('file:///a.txt');
    assert.notStrictEqual(analyzers.for('file:///a.txt'), a, 'a closed document starts afresh');
  });

  it('keeps at most `max` documents, dropping the least recently used', () => {
    const analyzers = new DocumentAnalyzers(2);
    const a = analyzers.for('a');
    const b = analyzers.for('b');
    analyzers.for('a'); // a is now the most recent
    analyzers.for('c');
    assert.strictEqual(analyzers.size, 2);
    assert.strictEqual(analyzers.for('a'), a);
    assert.notStrictEqual(analyzers.for('b'), b, 'b was dropped');
  });
});
