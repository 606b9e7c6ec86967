// `node scripts/bench/hostile.js`: a tour of hostile and odd inputs through the built CLI
// (dist/cli.js), as a security reviewer would try them. Each case runs `imr-review` in a child
// process with a time limit and is judged on what a user must never see: a crash (an exit code
// other than 0, 1 or 2, "internal error", or a stack trace), a hang (no exit within the limit), or
// data lost (an export target replaced or changed when it must not be). Prints one line per case
// and the totals. The regression tests are the proof of each case; this is the overview.
const { spawnSync, spawn } = require('child_process');
const fs = require('fs');
const os = require('os');
const path = require('path');

const ROOT = path.resolve(__dirname, '../..');
const CLI = path.join(ROOT, 'dist', 'cli.js');
const LIMIT_MS = 60000;
const LETTER = fs.readFileSync(path.join(ROOT, 'examples', '2014-05-okafor-cervical.txt'), 'utf8');
const HEADING = 'Cervical traction pillow:  Overturned';

function run(args, cwd, input) {
  const started = Date.now();
  const r = spawnSync(process.execPath, [CLI, ...args], { cwd, encoding: 'utf8', timeout: LIMIT_MS, input: input ?? '', maxBuffer: 1 << 30 });
  return { code: r.status, signal: r.signal, stdout: r.stdout ?? '', stderr: r.stderr ?? '', ms: Date.now() - started };
}

/** What went wrong, or '' when the run is acceptable. */
function judge(r) {
  if (r.signal === 'SIGTERM' && r.ms >= LIMIT_MS - 100) return 'hang';
  if (r.code === null || ![0, 1, 2].includes(r.code)) return 'crash';
  if (/internal error|\n\s+at .+:\d+:\d+\)?\n/.test(r.stderr)) return 'crash';
  return '';
}

function main() {
  if (!fs.existsSync(CLI)) throw new Error('dist/cli.js is missing: run npm run build first');
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'imr-hostile-'));
  const rows = [];
  const note = (name, r, extra = '') => {
    const verdict = extra || judge(r);
    rows.push({ name, verdict });
    console.log(`${verdict ? verdict.toUpperCase().padEnd(9) : 'ok'.padEnd(9)} ${name} (exit ${r.code ?? r.signal}, ${r.ms} ms)`);
  };
  const file = (name, content) => {
    const f = path.join(dir, name);
    fs.mkdirSync(path.dirname(f), { recursive: true });
    fs.writeFileSync(f, content);
    return f;
  };
  const withHeading = (title) => LETTER.replace(HEADING, `${title}:  Overturned`);
  const withRationale = (text) => LETTER.replace('Decision rationale:', `Decision rationale: ${text}`);
  try {
    // Files it reads.
    const reads = {
      'binary file': Buffer.from([0x49, 0x4d, 0x52, 0, 1, 2, 3]),
      'empty file': '',
      'blank lines only': ' \n \n\n',
      'invalid UTF-8': Buffer.from([0x48, 0xff, 0xfe, 0xc3, 0x28]),
      'UTF-16LE with BOM': Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(LETTER, 'utf16le')]),
      'UTF-16BE with BOM': Buffer.concat([Buffer.from([0xfe, 0xff]), Buffer.from(LETTER, 'utf16le').swap16()]),
      'UTF-16 with an odd byte count': Buffer.from([0xff, 0xfe, 0x41, 0, 0x42]),
      'UTF-8 BOM letter': `\ufeff${LETTER}`,
      'not a letter': 'Shopping list\nmilk\n',
      'CRLF letter': LETTER.replace(/\n/g, '\r\n'),
      'CR-only letter': LETTER.replace(/\n/g, '\r'),
      'letter of form feeds': LETTER.replace(/\n\n/g, '\n\f\n'),
      'only the headings': 'HOW THE IMR FINAL DETERMINATION WAS MADE\nCLINICAL CASE SUMMARY\nIMR ISSUES, DECISIONS AND RATIONALES\n',
      'heading with 96,000 spaces': withHeading(`Ultram${' '.repeat(96000)}50mg`),
      'rationale of 200,000 periods': withRationale('.'.repeat(200000)),
      '150,000 nots': withRationale(`The request is ${'not '.repeat(150000)}medically necessary.`),
      '1 MB line of dashes': withRationale('-'.repeat(1 << 20)),
      '1 MB line of colons': withHeading(':'.repeat(1 << 20)),
      '1 MB line of digits': withRationale('7'.repeat(1 << 20)),
      '1 MB line of # in a guideline': LETTER.replace('MAXIMUS guideline:', `MAXIMUS guideline: ${'#'.repeat(1 << 20)}`),
      '1 MB word without spaces': withRationale('x'.repeat(1 << 20)),
      'Unicode spaces in the header': LETTER.replace('Case Number:', `Case Number:${'\u3000\u00a0\u2003'.repeat(100000)}`),
      'U+2028 in the header': LETTER.replace('Priority: Standard', `Priority:${' '.repeat(50000)}\u2028Standard`),
      '20,000 items': `${LETTER}\n${Array.from({ length: 20000 }, (_, i) => `Item ${i}:  Upheld\nDecision rationale: not medically necessary.\n`).join('\n')}`,
      'deeply nested quotes': withRationale('"'.repeat(100000)),
      'lone surrogates': withRationale('\ud800\udfff\udc00'.repeat(10000)),
    };
    for (const [name, content] of Object.entries(reads)) {
      const f = file(`reads/${name.replace(/[^a-z0-9]+/gi, '-')}.txt`, content);
      note(`check: ${name}`, run(['check', f], dir));
      note(`export json: ${name}`, run(['export', '--format', 'json', f], dir));
    }
    note('check: a folder of all of them', run(['check', path.join(dir, 'reads')], dir));
    note('check: 300 letters (worker threads)', run(['check', (() => {
      const d = path.join(dir, 'batch');
      for (let i = 0; i < 300; i++) file(`batch/l${i}.txt`, i === 7 ? reads['150,000 nots'] : LETTER);
      return d;
    })()], dir));
    fs.truncateSync(file('huge.txt', ''), 50 * 1048576);
    note('check: sparse 50 MB file', run(['check', path.join(dir, 'huge.txt')], dir));
    note('check: missing path', run(['check', path.join(dir, 'nowhere.txt')], dir));
    note('check: /dev/zero', run(['check', '/dev/zero'], dir));
    const fifo = path.join(dir, 'pipe.txt');
    spawnSync('mkfifo', [fifo]);
    if (fs.existsSync(fifo)) note('check: a FIFO', run(['check', fifo], dir));
    fs.mkdirSync(path.join(dir, 'links'));
    fs.symlinkSync(path.join(dir, 'reads'), path.join(dir, 'links', 'to-reads'));
    fs.symlinkSync(path.join(dir, 'links'), path.join(dir, 'links', 'loop'));
    fs.symlinkSync(path.join(dir, 'gone.txt'), path.join(dir, 'links', 'broken.txt'));
    note('check: links, a loop and a broken link', run(['check', '--verbose', path.join(dir, 'links')], dir));
    // Names and titles that must stay text.
    const evil = file('names/evil\u001b]0;pwned\u0007\nWARN ::set-output.txt', withHeading('=HYPERLINK("http://x.invalid","y") \u001b[2J <img src=https://x.invalid/p.png> [x](command:workbench.action.quit)'));
    const text = run(['check', evil], dir);
    note('check: escape sequences and a newline in a file name and a title', text, (text.stdout + text.stderr).includes(String.fromCharCode(27)) ? 'control characters reached the terminal' : '');
    const csv = run(['export', '--format', 'csv', evil], dir);
    note('export csv: formula title', csv, /(^|,)"?=HYPERLINK/m.test(csv.stdout) ? 'formula reached the CSV' : '');
    const md = run(['export', evil], dir);
    note('export markdown: HTML, image and command link in a title', md, /(^|[^\\])<img|[^\\]\]\(command:/.test(md.stdout) ? 'markup reached the summary' : '');
    // Configurations.
    // Pairs, not an object literal: a '__proto__' key there would set the prototype, not a key.
    const configs = [
      ['8,000 [', '['.repeat(8000)],
      ['UTF-8 BOM', '\ufeff{"rules": {"IMR001": "off"}}'],
      ['__proto__', '{"__proto__": {"rules": {"IMR001": "off"}}}'],
      ['two ignore keys', '{"ignore": [], "ignore": [{"rule": "IMR001", "file": "l.txt"}]}'],
      ['binary', '\u0000\u0001'],
      ['a 5 MB string', `{"rules": {"${'x'.repeat(5 << 20)}": "off"}}`],
    ];
    for (const [name, content] of configs) {
      const d = path.join(dir, `config-${name.replace(/[^a-z0-9]+/gi, '-')}`);
      file(path.relative(dir, path.join(d, '.imr-review.json')), content);
      file(path.relative(dir, path.join(d, 'l.txt')), LETTER);
      const r = run(['check', d], dir);
      note(`check with config: ${name}`, r, /checked/.test(r.stderr) ? '' : 'no letter processed');
    }
    // Files it writes.
    const keep = (name, target, args, expectKept) => {
      const before = fs.lstatSync(target);
      const content = before.isFile() ? fs.readFileSync(target, 'utf8') : null;
      const r = run(['export', '--format', 'json', ...args, '-o', target, path.join(dir, 'reads', 'UTF-8-BOM-letter.txt')], dir);
      const after = fs.lstatSync(target);
      let lost = '';
      if (before.isSymbolicLink() !== after.isSymbolicLink() || before.isFIFO() !== after.isFIFO() || before.isCharacterDevice() !== after.isCharacterDevice()) lost = 'target replaced';
      else if (expectKept && content !== null && fs.readFileSync(target, 'utf8') !== content) lost = 'old content lost';
      else if (before.isFile() && (after.mode & 0o777) !== (before.mode & 0o777)) lost = 'mode changed';
      note(`export -o: ${name}`, r, lost);
    };
    const existing = file('out/existing.json', 'old');
    keep('existing file without --force', existing, [], true);
    fs.chmodSync(existing, 0o600);
    keep('a 0600 file with --force', existing, ['--force'], false);
    fs.symlinkSync(existing, path.join(dir, 'out', 'link.json'));
    keep('a symlink with --force', path.join(dir, 'out', 'link.json'), ['--force'], false);
    const dev = path.join(dir, 'out', 'null');
    if (spawnSync('mknod', [dev, 'c', '1', '3']).status === 0) keep('a character device with --force', dev, ['--force'], false);
    fs.mkdirSync(path.join(dir, 'out', 'folder'));
    keep('a folder', path.join(dir, 'out', 'folder'), ['--force'], true);
    const outFifo = path.join(dir, 'out', 'fifo');
    if (spawnSync('mkfifo', [outFifo]).status === 0) {
      const reader = spawn('cat', [outFifo], { stdio: ['ignore', 'ignore', 'ignore'] });
      keep('a FIFO with a reader', outFifo, [], false);
      reader.kill();
    }
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
  const count = (v) => rows.filter((r) => r.verdict === v).length;
  const other = rows.filter((r) => r.verdict && !['crash', 'hang'].includes(r.verdict)).length;
  console.log(`\n${rows.length} inputs tried: ${count('crash')} crashes, ${count('hang')} hangs, ${other} with data lost or text leaking`);
  process.exitCode = rows.some((r) => r.verdict) ? 1 : 0;
}

main();
