import { expect } from 'chai';
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { DirectorySync } from '../../src/store/directory-sync.ts';

/** A directory sync the test finishes by hand, recording when each began. */
function manualSyncs() {
  const started: Array<{ dir: string; finish: (error?: Error) => void }> = [];
  const sync = (dir: string) =>
    new Promise<void>((resolve, reject) => {
      started.push({ dir, finish: (error) => (error ? reject(error) : resolve()) });
    });
  return { started, sync };
}

const settled = async <T>(p: Promise<T>) => {
  let done = false;
  void p.then(
    () => (done = true),
    () => (done = true),
  );
  await new Promise((r) => setImmediate(r));
  return done;
};

describe('DirectorySync (group commit of directory fsyncs)', () => {
  it('a caller arriving while a sync runs waits for the next one, which all such callers share', async () => {
    const { started, sync } = manualSyncs();
    const syncs = new DirectorySync(sync);
    const first = syncs.sync('/d');
    const during = Array.from({ length: 10 }, () => syncs.sync('/d'));
    expect(started).to.have.length(1);
    started[0]!.finish();
    await first;
    // The running sync may have begun before their renames: they are not done with it.
    expect(await settled(Promise.all(during))).to.equal(false);
    expect(started).to.have.length(2);
    started[1]!.finish();
    await Promise.all(during);
    expect(started).to.have.length(2);
  });

  it('folders are synced independently', async () => {
    const { started, sync } = manualSyncs();
    const syncs = new DirectorySync(sync);
    const a = syncs.sync('/a');
    const b = syncs.sync('/b');
    expect(started.map((s) => s.dir)).to.deep.equal(['/a', '/b']);
    started[1]!.finish();
    await b;
    expect(await settled(a)).to.equal(false);
    started[0]!.finish();
    await a;
  });

  it('a failed sync fails every caller that waited for it, and the next caller starts a new one', async () => {
    const { started, sync } = manualSyncs();
    const syncs = new DirectorySync(sync);
    const first = syncs.sync('/d');
    const second = syncs.sync('/d');
    started[0]!.finish();
    await first;
    started[1]!.finish(new Error('EIO'));
    const third = syncs.sync('/d');
    let error: unknown;
    await second.catch((e: unknown) => (error = e));
    expect((error as Error).message).to.equal('EIO');
    expect(started).to.have.length(3);
    started[2]!.finish();
    await third;
  });

  it('syncs a real directory', async () => {
    const dir = await mkdtemp(path.join(os.tmpdir(), 'cchc-dirsync-'));
    try {
      await Promise.all(Array.from({ length: 5 }, () => new DirectorySync().sync(dir)));
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});
