/**
 * The pool on its own, with small stand-in workers (evaluated JavaScript that
 * speaks the pool's protocol), so failures can be staged: an error reply, an
 * uncaught throw, an early exit, a script that does not start.
 */
import { runInWorkers } from '../../src/parallel/worker-pool';
import type { WorkerScript } from '../../src/parallel/worker-script';
import { CorroborateError } from '../../src/index';

/** What a stand-in worker does with one task. */
interface Act {
  reply?: unknown;
  delayMs?: number;
  fail?: string;
  throws?: string;
  exit?: number;
  silent?: boolean;
  /** Counts up every few ms while the worker lives, so the test can see it stop. */
  beat?: Int32Array;
}

const standIn: WorkerScript = {
  eval: true,
  filename: `
    const { parentPort } = require('node:worker_threads');
    parentPort.on('message', ({ task, payload: act }) => {
      const fail = () => parentPort.postMessage({ task, error: { name: 'RangeError', message: act.fail } });
      if (act.beat && !act.fail) setInterval(() => Atomics.add(act.beat, 0, 1), 2);
      // With a beat, fail only once a sibling is seen beating, so a busy sibling exists to be stopped.
      if (act.fail && act.beat) return void setInterval(() => Atomics.load(act.beat, 0) > 0 && fail(), 2);
      if (act.fail) return fail();
      if (act.throws) throw new TypeError(act.throws);
      if (act.exit !== undefined) process.exit(act.exit);
      if (act.silent) return;
      setTimeout(() => parentPort.postMessage({ task, result: act.reply }), act.delayMs || 0);
    });`,
};

async function rejection(promise: Promise<unknown>): Promise<CorroborateError> {
  try {
    await promise;
  } catch (error) {
    return error as CorroborateError;
  }
  throw new Error('expected a rejection');
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

describe('runInWorkers', () => {
  it('resolves with results in task order though later tasks finish first', async () => {
    const acts: Act[] = [{ reply: 'a', delayMs: 60 }, { reply: 'b' }, { reply: 'c' }, { reply: 'd', delayMs: 20 }, { reply: 'e' }];
    await expect(runInWorkers(standIn, acts, 2)).resolves.toEqual(['a', 'b', 'c', 'd', 'e']);
  });

  it('resolves with no results for no tasks without starting a worker', async () => {
    await expect(runInWorkers({ eval: true, filename: 'throw new Error("started")' }, [], 4)).resolves.toEqual([]);
  });

  it('rejects with WORKER_FAILED carrying the error a worker reported', async () => {
    const error = await rejection(runInWorkers(standIn, [{ reply: 1 }, { fail: 'bad chunk' }, { reply: 3 }], 2));
    expect(error).toBeInstanceOf(CorroborateError);
    expect(error.code).toBe('WORKER_FAILED');
    expect(error.message).toContain('RangeError: bad chunk');
  });

  it('rejects when a worker throws outside any handler', async () => {
    const error = await rejection(runInWorkers(standIn, [{ throws: 'boom' }], 1));
    expect(error.code).toBe('WORKER_FAILED');
    expect(error.message).toContain('TypeError: boom');
  });

  it('rejects when a worker exits before replying, even with exit code 0', async () => {
    for (const exit of [0, 3]) {
      const error = await rejection(runInWorkers(standIn, [{ reply: 1 }, { exit }], 2));
      expect(error.code).toBe('WORKER_FAILED');
      expect(error.message).toContain(`exited with code ${exit}`);
    }
  });

  it('rejects when the worker script cannot run', async () => {
    const error = await rejection(runInWorkers({ eval: true, filename: 'this is not javascript' }, [1, 2], 2));
    expect(error.code).toBe('WORKER_FAILED');
    const missing = await rejection(runInWorkers({ eval: false, filename: '/no/such/worker.js' }, [1], 1));
    expect(missing.code).toBe('WORKER_FAILED');
  });

  it('rejects when a task cannot be cloned to send', async () => {
    const error = await rejection(runInWorkers(standIn, [{ reply: () => 1 }], 1));
    expect(error.code).toBe('WORKER_FAILED');
  });

  it('stops every worker, busy ones too, before it rejects', async () => {
    const beat = new Int32Array(new SharedArrayBuffer(4));
    // One worker fails after its sibling has started a task it never finishes.
    const error = await rejection(runInWorkers(standIn, [{ silent: true, beat }, { fail: 'late', beat }], 2));
    expect(error.code).toBe('WORKER_FAILED');
    const after = Atomics.load(beat, 0);
    expect(after).toBeGreaterThan(0);
    await sleep(50);
    expect(Atomics.load(beat, 0)).toBe(after); // nothing beats: both threads are gone
  });
});
