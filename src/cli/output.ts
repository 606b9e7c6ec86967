// Writes an export as a whole file: to a temporary sibling first, then renamed into place, so a
// reader never sees half a file and an interrupted run leaves the old file untouched.
import * as crypto from 'crypto';
import * as fs from 'fs';
import * as path from 'path';

export type WriteResult = { ok: true } | { ok: false; message: string };

export function writeWhole(file: string, content: string, force: boolean): WriteResult {
  if (!force && fs.existsSync(file)) return { ok: false, message: `${file}: already exists; use --force to replace it` };
  const dir = path.dirname(path.resolve(file));
  const tmp = path.join(dir, `.${path.basename(file)}.tmp-${process.pid}-${crypto.randomBytes(4).toString('hex')}`);
  try {
    fs.writeFileSync(tmp, content, { flag: 'wx' });
    fs.renameSync(tmp, file);
    return { ok: true };
  } catch (e) {
    try {
      fs.rmSync(tmp, { force: true });
    } catch {
      // Nothing more to do: the temporary file could not be created or is already gone.
    }
    return { ok: false, message: `${file}: cannot write: ${(e as NodeJS.ErrnoException).code ?? (e as Error).message}` };
  }
}
