// Issue 12, files the exports write: `-o` (and the editor's writes, through the same module) never
// replace a device, a FIFO or a symlink, keep the replaced file's permissions and owner, and leave
// the old file and no temporary file behind when a write fails.
import * as assert from 'assert';
import { execFileSync, spawn, spawnSync } from 'child_process';
import * as fs from 'fs';
import * as net from 'net';
import * as path from 'path';
import { openSafeOutput, writeFileSafely } from '../../src/node/safeWrite';
import { CLI, cli, ensureBuilt, fixture, tempDir, write } from './harness';

const LETTER = 'rules/IMR001/negative-consistent-double.txt';
const temps = (dir: string) => fs.readdirSync(dir).filter((f) => f.includes('.tmp-'));
const modeOf = (file: string) => fs.statSync(file).mode & 0o777;

/** A character device in `dir` (mknod, as root); else undefined. */
function charDevice(dir: string): string | undefined {
  const file = path.join(dir, 'null-device');
  try {
    execFileSync('mknod', [file, 'c', '1', '3'], { stdio: 'ignore' });
    return fs.statSync(file).isCharacterDevice() ? file : undefined;
  } catch {
    return undefined;
  }
}

/**
 * Runs `writer` with a reader on the FIFO and returns what it wrote. The reader opens first, without
 * blocking, so the writer's open succeeds at once; small outputs fit the pipe's buffer. Nothing
 * here can hang: a writer that replaced the FIFO instead leaves the reader empty.
 */
async function throughFifo(fifo: string, writer: () => Promise<unknown> | unknown): Promise<string> {
  const fd = fs.openSync(fifo, fs.constants.O_RDONLY | fs.constants.O_NONBLOCK);
  try {
    await writer();
    const buffer = Buffer.alloc(256 * 1024);
    let got = '';
    for (;;) {
      let n: number;
      try {
        n = fs.readSync(fd, buffer);
      } catch (e) {
        if ((e as NodeJS.ErrnoException).code === 'EAGAIN') break;
        throw e;
      }
      if (n === 0) break;
      got += buffer.toString('utf8', 0, n);
    }
    return got;
  } finally {
    fs.closeSync(fd);
  }
}

/**
 * A character device to write to: one made in `dir`, else the real /dev/null, which a test run as
 * root must never risk replacing: then only writes that refuse to replace (no --force) go to it.
 */
function deviceFor(dir: string): { path: string; replaceable: boolean } {
  const made = charDevice(dir);
  if (made) return { path: made, replaceable: true };
  return { path: '/dev/null', replaceable: process.getuid?.() !== 0 };
}

describe('safe writes (src/node/safeWrite.ts)', () => {
  it('keeps the permissions of the file it replaces (a 0600 file stays 0600), and as root its owner', async () => {
    const dir = tempDir();
    const file = write(dir, 'out.json', 'old');
    fs.chmodSync(file, 0o600);
    await writeFileSafely(file, 'new');
    assert.strictEqual(fs.readFileSync(file, 'utf8'), 'new');
    assert.strictEqual(modeOf(file).toString(8), '600');
    fs.chmodSync(file, 0o640);
    await writeFileSafely(file, 'newer');
    assert.strictEqual(modeOf(file).toString(8), '640');
    if (process.getuid?.() === 0) {
      fs.chownSync(file, 1234, 5678);
      await writeFileSafely(file, 'given away');
      const st = fs.statSync(file);
      assert.deepStrictEqual([st.uid, st.gid], [1234, 5678], 'root keeps the owner of the replaced file');
    }
    assert.deepStrictEqual(temps(dir), []);
  });

  it('writes a large text in slices without splitting a character (astral characters across slice boundaries)', async () => {
    const dir = tempDir();
    const file = path.join(dir, 'big.json');
    // Odd offsets put a surrogate pair across every 64 K boundary.
    const text = 'x' + '\u{1F600}é'.repeat(100_000);
    await writeFileSafely(file, text);
    assert.strictEqual(fs.readFileSync(file, 'utf8'), text);
  });

  it('creates a new file with the usual mode (0o666 less the umask)', async () => {
    const dir = tempDir();
    const file = path.join(dir, 'new.csv');
    await writeFileSafely(file, 'x');
    // What any new file gets here (0o666 & ~umask), without reading the umask.
    const plain = write(dir, 'plain.csv', 'x');
    assert.strictEqual(modeOf(file), modeOf(plain));
  });

  it('writes through a symlink, relative or absolute, even one to a file yet to be made: the link stays a link', async () => {
    const dir = tempDir();
    const real = write(dir, 'data/real.json', 'old');
    fs.chmodSync(real, 0o600);
    fs.mkdirSync(path.join(dir, 'links'));
    fs.symlinkSync('../data/real.json', path.join(dir, 'links', 'rel.json'));
    // A link through a linked folder: `..` is taken from the real folder, as the kernel does.
    fs.symlinkSync(path.join(dir, 'links'), path.join(dir, 'linked-folder'));
    await writeFileSafely(path.join(dir, 'linked-folder', 'rel.json'), 'through');
    assert.ok(fs.lstatSync(path.join(dir, 'links', 'rel.json')).isSymbolicLink());
    assert.strictEqual(fs.readFileSync(real, 'utf8'), 'through');
    assert.strictEqual(modeOf(real).toString(8), '600');
    fs.symlinkSync(path.join(dir, 'data', 'later.json'), path.join(dir, 'dangling.json'));
    await writeFileSafely(path.join(dir, 'dangling.json'), 'made');
    assert.ok(fs.lstatSync(path.join(dir, 'dangling.json')).isSymbolicLink());
    assert.strictEqual(fs.readFileSync(path.join(dir, 'data', 'later.json'), 'utf8'), 'made');
    assert.deepStrictEqual([...temps(dir), ...temps(path.join(dir, 'data')), ...temps(path.join(dir, 'links'))], []);
  });

  it('writes into a FIFO and a character device directly, never replacing them', async () => {
    const dir = tempDir();
    const fifo = path.join(dir, 'pipe');
    execFileSync('mkfifo', [fifo]);
    const got = await throughFifo(fifo, () => writeFileSafely(fifo, 'through the pipe'));
    assert.strictEqual(got, 'through the pipe');
    assert.ok(fs.lstatSync(fifo).isFIFO(), 'still a FIFO');

    const device = deviceFor(dir);
    assert.ok(fs.statSync(device.path).isCharacterDevice());
    if (device.replaceable) {
      await writeFileSafely(device.path, 'gone');
      assert.ok(fs.lstatSync(device.path).isCharacterDevice(), `${device.path} is still a character device`);
    }
    assert.deepStrictEqual(temps(dir), []);
  });

  it('refuses a folder and a socket with one line naming them, and an existing file unless told to replace it', async () => {
    const dir = tempDir();
    const folder = path.join(dir, 'folder');
    fs.mkdirSync(folder);
    const r = await openSafeOutput(folder, { replace: true });
    assert.ok(!r.ok && r.error.message === `${folder}: is a folder; not written`);
    const socket = path.join(dir, 'sock');
    const server = net.createServer().listen(socket);
    await new Promise((resolve) => server.once('listening', resolve));
    try {
      const s = await openSafeOutput(socket, { replace: true });
      assert.ok(!s.ok && s.error.message === `${socket}: is a socket; not written`);
    } finally {
      server.close();
    }
    const file = write(dir, 'kept.csv', 'keep');
    const e = await openSafeOutput(file, { replace: false });
    assert.ok(!e.ok && e.exists && e.error.message === `${file}: already exists`);
    assert.strictEqual(fs.readFileSync(file, 'utf8'), 'keep');
  });
});

describe('imr-review export -o: what it writes to', function () {
  this.timeout(120000);
  before(ensureBuilt);

  it('writes to a FIFO and a device (/dev/null-like) directly, without --force, and never replaces them', async () => {
    const dir = tempDir();
    write(dir, 'a.txt', fixture(LETTER));
    const device = deviceFor(dir);
    for (const args of device.replaceable ? [['-o', device.path], ['--force', '-o', device.path]] : [['-o', device.path]]) {
      const r = cli(['export', '--format', 'json', ...args, 'a.txt'], dir);
      assert.strictEqual(r.code, 0, r.stderr);
      assert.ok(fs.statSync(device.path).isCharacterDevice(), `${device.path} is still a character device`);
    }
    const fifo = path.join(dir, 'pipe');
    execFileSync('mkfifo', [fifo]);
    const got = await throughFifo(fifo, () => {
      const r = spawnSync(process.execPath, [CLI, 'export', '--format', 'csv', '-o', 'pipe', 'a.txt'], { cwd: dir, encoding: 'utf8', timeout: 60000 });
      assert.strictEqual(r.status, 0, r.stderr);
    });
    assert.ok(got.startsWith('file,') && got.includes('\nTOTAL,'), got);
    assert.ok(fs.lstatSync(fifo).isFIFO());
    assert.deepStrictEqual(temps(dir), []);
  });

  it('replaces a symlink\'s target, not the link, only with --force, keeping a 0600 file 0600', () => {
    const dir = tempDir();
    write(dir, 'a.txt', fixture(LETTER));
    const real = write(dir, 'private/summary.csv', 'old');
    fs.chmodSync(real, 0o600);
    fs.symlinkSync('private/summary.csv', path.join(dir, 'summary.csv'));
    const refused = cli(['export', '--format', 'csv', '-o', 'summary.csv', 'a.txt'], dir);
    assert.strictEqual(refused.code, 2);
    assert.match(refused.stderr, /summary\.csv: already exists; use --force to replace it/);
    const r = cli(['export', '--format', 'csv', '--force', '-o', 'summary.csv', 'a.txt'], dir);
    assert.strictEqual(r.code, 0, r.stderr);
    assert.ok(fs.lstatSync(path.join(dir, 'summary.csv')).isSymbolicLink(), 'the link stays a link');
    assert.ok(fs.readFileSync(real, 'utf8').startsWith('file,'));
    assert.strictEqual(modeOf(real).toString(8), '600', 'patient data stays private');
    assert.deepStrictEqual([...temps(dir), ...temps(path.join(dir, 'private'))], []);
  });

  it('refuses a folder in one line naming it', () => {
    const dir = tempDir();
    write(dir, 'a.txt', fixture(LETTER));
    fs.mkdirSync(path.join(dir, 'out'));
    const r = cli(['export', '--force', '-o', 'out', 'a.txt'], dir);
    assert.strictEqual(r.code, 2);
    assert.strictEqual(r.stderr, `imr-review: ${path.join(dir, 'out')}: is a folder; not written\n`);
    assert.ok(fs.statSync(path.join(dir, 'out')).isDirectory());
  });

  it('Ctrl+C during a long export removes the temporary file and leaves the old one (exit 130)', async () => {
    const dir = tempDir();
    // Seconds of work: the signal lands while the letters are being exported.
    for (let i = 0; i < 3000; i++) write(dir, `letters/${String(i).padStart(4, '0')}.txt`, fixture(LETTER));
    write(dir, 'out.json', 'keep me');
    // The temporary file is made before the first letter is read: once it is there, interrupt.
    const created = new Promise<void>((resolve) => {
      const watcher = fs.watch(dir, (_event, name) => {
        if (name && String(name).includes('.tmp-')) {
          watcher.close();
          resolve();
        }
      });
    });
    const child = spawn(process.execPath, [CLI, 'export', '--format', 'json', '--jobs', '1', '--force', '-o', 'out.json', 'letters'], { cwd: dir, stdio: 'ignore' });
    const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
    await created;
    child.kill('SIGINT');
    assert.strictEqual(await exited, 130);
    assert.strictEqual(fs.readFileSync(path.join(dir, 'out.json'), 'utf8'), 'keep me');
    assert.deepStrictEqual(temps(dir), []);
  });

  it('leaves the old file and no temporary file when the write fails (file size limit: EFBIG)', () => {
    const dir = tempDir();
    for (let i = 0; i < 20; i++) write(dir, `letters/${i}.txt`, fixture(LETTER));
    write(dir, 'out.json', 'keep me');
    // `ulimit -f` makes writes past 4 KB fail; SIGXFSZ ignored, the write returns EFBIG.
    const r = spawnSync('sh', ['-c', `trap '' XFSZ; ulimit -f 4; exec "${process.execPath}" "${CLI}" export --format json --force -o out.json letters`], { cwd: dir, encoding: 'utf8' });
    assert.strictEqual(r.status, 2, r.stderr);
    assert.strictEqual(r.stderr, `imr-review: ${path.join(dir, 'out.json')}: cannot write: EFBIG\n`);
    assert.strictEqual(fs.readFileSync(path.join(dir, 'out.json'), 'utf8'), 'keep me');
    assert.deepStrictEqual(temps(dir), []);
  });
});
