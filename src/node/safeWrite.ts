// Safe file writes for the CLI and the desktop extension (Node only; the web bundle never loads
// this). A regular file is written to a temporary file beside it, then renamed over it, so a reader
// never sees half a file and a failed write leaves the old one untouched. On top of that:
// - a symlink is written through: the temporary file goes beside the file it leads to, which is
//   replaced; the link stays a link;
// - the replaced file's permissions (and, as root, its owner) are kept: a 0600 export stays 0600;
// - a FIFO or a character device (/dev/null, /dev/stdout) is written directly, as shell redirection
//   would, and never replaced; a folder, a socket or a block device is refused.
import * as crypto from 'crypto';
import * as fs from 'fs';
import * as path from 'path';

/** Strings are gathered up to this size before each write (100,000 letters are not 100,000 writes). */
const CHUNK_BYTES = 64 * 1024;
/** As many symlinks as Linux follows before ELOOP. */
const MAX_LINKS = 40;

export interface SafeOutput {
  /** The file written: the target, or the file its symlinks lead to. */
  readonly path: string;
  write(text: string): Promise<void>;
  /** Writes what is gathered and puts the file in place (a direct target is just closed). */
  commit(): Promise<void>;
  /** Gives up: the temporary file is removed, the target left as it was. Never throws. */
  abort(): Promise<void>;
}

/** Temporary files that exist or are being made, for discardTemporaryFilesSync. */
const temporaries = new Set<string>();

/**
 * For a process about to end on a signal (Ctrl+C during a long export): removes every temporary
 * file of this module at once, so only the old files remain.
 */
export function discardTemporaryFilesSync(): void {
  for (const tmp of temporaries) {
    try {
      fs.rmSync(tmp, { force: true });
    } catch {
      // Going away anyway: nothing more to do for this one.
    }
  }
  temporaries.clear();
}

export type OpenResult = { ok: true; output: SafeOutput } | { ok: false; exists: boolean; error: SafeWriteError };

/** A failed or refused write, with a one-line message naming the file. */
export class SafeWriteError extends Error {
  constructor(
    readonly file: string,
    detail: string,
  ) {
    super(`${file}: ${detail}`);
  }
}

const codeOf = (e: unknown): string => (e as NodeJS.ErrnoException).code ?? (e as Error).message;

interface Target {
  /** Where the bytes go: the named file, or the end of its chain of symlinks. */
  real: string;
  /** What is there now (undefined: nothing). */
  stat: fs.Stats | undefined;
}

/**
 * Follows symlinks one at a time (realpath cannot: it fails on a link to a file yet to be made),
 * resolving each link against the real folder it sits in, as the kernel does.
 */
async function resolveTarget(file: string): Promise<Target> {
  let current = path.resolve(file);
  for (let links = 0; ; links++) {
    current = path.join(await fs.promises.realpath(path.dirname(current)), path.basename(current));
    let stat: fs.Stats;
    try {
      stat = await fs.promises.lstat(current);
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code === 'ENOENT') return { real: current, stat: undefined };
      throw e;
    }
    if (!stat.isSymbolicLink()) return { real: current, stat };
    if (links >= MAX_LINKS) throw Object.assign(new Error('too many symbolic links'), { code: 'ELOOP' });
    current = path.resolve(path.dirname(current), await fs.promises.readlink(current));
  }
}

/** Why a target that exists and is not a regular file cannot be written; undefined when it can (written directly). */
function refusal(stat: fs.Stats): string | undefined {
  if (stat.isDirectory()) return 'is a folder; not written';
  if (stat.isSocket()) return 'is a socket; not written';
  if (stat.isBlockDevice()) return 'is a block device; not written';
  return undefined;
}

/** Buffers strings into chunks of CHUNK_BYTES for one open file. */
class ChunkedFile {
  private pending: string[] = [];
  private pendingBytes = 0;

  constructor(readonly handle: fs.promises.FileHandle) {}

  async write(text: string): Promise<void> {
    if (text.length >= CHUNK_BYTES) {
      // A large text (one letter of many megabytes) goes in slices: no second copy of it all.
      await this.flush();
      for (let i = 0; i < text.length; ) {
        let end = Math.min(i + CHUNK_BYTES, text.length);
        // Never between the two halves of a surrogate pair (each half alone would become U+FFFD).
        const last = text.charCodeAt(end - 1);
        if (end < text.length && last >= 0xd800 && last <= 0xdbff) end--;
        await this.writeBytes(Buffer.from(text.slice(i, end), 'utf8'));
        i = end;
      }
      return;
    }
    if (!text) return;
    this.pending.push(text);
    // Length in UTF-16 units: close enough to decide when to flush.
    this.pendingBytes += text.length;
    if (this.pendingBytes >= CHUNK_BYTES) await this.flush();
  }

  async flush(): Promise<void> {
    if (!this.pending.length) return;
    const data = Buffer.from(this.pending.join(''), 'utf8');
    this.pending = [];
    this.pendingBytes = 0;
    await this.writeBytes(data);
  }

  private async writeBytes(data: Buffer): Promise<void> {
    // A write may take fewer bytes than given (a pipe, a signal): go on until all are taken.
    for (let offset = 0; offset < data.length; ) offset += (await this.handle.write(data, offset, data.length - offset)).bytesWritten;
  }
}

/** Writes straight into a FIFO or a character device: nothing to rename, nothing to take back. */
async function openDirect(file: string, real: string): Promise<SafeOutput> {
  let out: ChunkedFile;
  try {
    out = new ChunkedFile(await fs.promises.open(real, 'w'));
  } catch (e) {
    throw new SafeWriteError(file, `cannot write: ${codeOf(e)}`);
  }
  let closed = false;
  const close = async () => {
    if (closed) return;
    closed = true;
    await out.handle.close();
  };
  return {
    path: real,
    write: async (text) => {
      try {
        await out.write(text);
      } catch (e) {
        throw new SafeWriteError(file, `cannot write: ${codeOf(e)}`);
      }
    },
    commit: async () => {
      try {
        await out.flush();
        await close();
      } catch (e) {
        await close().catch(() => undefined);
        throw new SafeWriteError(file, `cannot write: ${codeOf(e)}`);
      }
    },
    abort: () => close().catch(() => undefined),
  };
}

/** A temporary file beside `real`, renamed over it on commit; it takes the permissions (and owner) of `stat`. */
async function openReplacing(file: string, real: string, stat: fs.Stats | undefined): Promise<SafeOutput> {
  const tmp = path.join(path.dirname(real), `.${path.basename(real)}.tmp-${process.pid}-${crypto.randomBytes(4).toString('hex')}`);
  let out: ChunkedFile | undefined;
  let done = false;
  const cleanUp = async () => {
    done = true;
    await out?.handle.close().catch(() => undefined);
    await fs.promises.rm(tmp, { force: true }).catch(() => undefined);
    temporaries.delete(tmp);
  };
  // Known before it exists: a signal that comes while it is being made still finds it.
  temporaries.add(tmp);
  try {
    // New files get the usual 0o666 & ~umask; a replaced file's own bits are set below.
    out = new ChunkedFile(await fs.promises.open(tmp, 'wx', stat ? stat.mode & 0o600 : 0o666));
    if (stat) {
      // Only root may give a file away; others keep their own ownership, as any editor does.
      if (process.getuid?.() === 0) await out.handle.chown(stat.uid, stat.gid);
      // Exactly the old permission bits (the umask does not apply to chmod); set-id bits are dropped.
      await out.handle.chmod(stat.mode & 0o777);
    }
  } catch (e) {
    await cleanUp();
    throw new SafeWriteError(file, `cannot write: ${codeOf(e)}`);
  }
  const chunks = out;
  return {
    path: real,
    write: async (text) => {
      try {
        await chunks.write(text);
      } catch (e) {
        await cleanUp();
        throw new SafeWriteError(file, `cannot write: ${codeOf(e)}`);
      }
    },
    commit: async () => {
      if (done) throw new SafeWriteError(file, 'cannot write: already closed');
      try {
        await chunks.flush();
        await chunks.handle.sync();
        await chunks.handle.close();
        done = true;
        await fs.promises.rename(tmp, real);
        temporaries.delete(tmp);
      } catch (e) {
        await cleanUp();
        throw new SafeWriteError(file, `cannot write: ${codeOf(e)}`);
      }
    },
    abort: async () => {
      if (!done) await cleanUp();
    },
  };
}

/**
 * Opens `file` for a safe write. Without `replace`, a file already there (a regular file, or a
 * symlink, even a dangling one) is refused with `exists: true`; a FIFO or a device is no file to
 * lose and is written directly, as the shell's noclobber allows.
 */
export async function openSafeOutput(file: string, options: { replace: boolean }): Promise<OpenResult> {
  const fail = (detail: string, exists = false): OpenResult => ({ ok: false, exists, error: new SafeWriteError(file, detail) });
  let target: Target;
  let named: fs.Stats | undefined;
  try {
    named = await fs.promises.lstat(file).catch((e: NodeJS.ErrnoException) => {
      if (e.code === 'ENOENT') return undefined;
      throw e;
    });
    target = await resolveTarget(file);
  } catch (e) {
    return fail(`cannot write: ${codeOf(e)}`);
  }
  const { real, stat } = target;
  if (stat && !stat.isFile()) {
    const refused = refusal(stat);
    if (refused) return fail(refused);
  } else if (named && !options.replace) {
    return fail('already exists', true);
  }
  try {
    return { ok: true, output: stat && !stat.isFile() ? await openDirect(file, real) : await openReplacing(file, real, stat) };
  } catch (e) {
    return { ok: false, exists: false, error: e as SafeWriteError };
  }
}

/** Replaces `file` with `text` (see openSafeOutput); throws a SafeWriteError naming the file. */
export async function writeFileSafely(file: string, text: string): Promise<void> {
  const opened = await openSafeOutput(file, { replace: true });
  if (!opened.ok) throw opened.error;
  try {
    await opened.output.write(text);
    await opened.output.commit();
  } catch (e) {
    await opened.output.abort();
    throw e;
  }
}
