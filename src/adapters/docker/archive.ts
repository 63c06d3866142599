// Packing ArchiveEntry lists into a tar stream (build contexts, live-update copies).
// Owners are forced to root: inside the container, the extracting side decides ownership,
// and host uids mean nothing there.

import { createReadStream } from 'node:fs';
import { readFile, stat } from 'node:fs/promises';
import type { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import * as tarStream from 'tar-stream';
import type { ArchiveEntry } from './port.js';

// Small files are read whole, so a file rewritten while it is packed cannot break the
// archive with a size mismatch; big ones are streamed at the size they have right now.
const READ_WHOLE_LIMIT = 16 * 1024 * 1024;

export function packEntries(entries: ArchiveEntry[]): Readable {
  const pack = tarStream.pack();
  void (async () => {
    try {
      for (const e of entries) await addEntry(pack, e);
      pack.finalize();
    } catch (err) {
      pack.destroy(err as Error);
    }
  })();
  // A streamx Readable: pipes into Node streams like a Node Readable.
  return pack as unknown as Readable;
}

type Header = Parameters<tarStream.Pack['entry']>[0];

function header(e: ArchiveEntry): Header {
  return { name: e.name, mode: e.mode & 0o7777, mtime: e.mtime, uid: 0, gid: 0, uname: '', gname: '' };
}

async function addEntry(pack: tarStream.Pack, e: ArchiveEntry): Promise<void> {
  if (e.type === 'directory') return write(pack, { ...header(e), type: 'directory' });
  if (e.type === 'symlink') return write(pack, { ...header(e), type: 'symlink', linkname: e.linkname });
  if ('contents' in e) return write(pack, { ...header(e), type: 'file', size: e.contents.length }, e.contents);
  const size = (await stat(e.source)).size;
  if (size <= READ_WHOLE_LIMIT) {
    const data = await readFile(e.source);
    return write(pack, { ...header(e), type: 'file', size: data.length }, data);
  }
  const sink = pack.entry({ ...header(e), type: 'file', size });
  await pipeline(createReadStream(e.source, { start: 0, end: size - 1 }), sink as unknown as NodeJS.WritableStream);
}

function write(pack: tarStream.Pack, h: Header, body?: Buffer): Promise<void> {
  return new Promise((resolve, reject) => {
    const done = (err?: Error | null) => (err ? reject(err) : resolve());
    if (body) pack.entry(h, body, done);
    else pack.entry(h, done);
  });
}
