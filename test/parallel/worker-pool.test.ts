/**
 * The pool on its own, with small stand-in workers (evaluated JavaScript that
 * speaks the pool's protocol), so failures can be staged: an error reply, an
 * uncaught throw, an early exit, a script that does not start.
 */
import { openPool, runInWorkers } from '../../src/parallel/worker-pool';
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

describe('openPool', () => {
  /** Replies with its thread id, so a test can see which threads did the work. */
  const threadIds: WorkerScript = {
    eval: true,
    filename: `
      const { parentPort, threadId } = require('node:worker_threads');
      parentPort.on('message', ({ task, payload }) => {
        if (payload === 'exit') process.exit(2);
        parentPort.postMessage({ task, result: threadId });
      });`,
  };

  it('runs several batches on the same threads, started once', async () => {
    const pool = openPool(threadIds, 2);
    try {
      const first = await pool.run<number, number>([1, 2, 3, 4]);
      const second = await pool.run<number, number>([1, 2, 3, 4]);
      expect(new Set(first).size).toBe(2);
      expect(new Set(second)).toEqual(new Set(first));
    } finally {
      await pool.close();
    }
  });

  it('starts no more threads than the first batch has tasks, and finds a lazy script only then', async () => {
    const script = jest.fn(() => threadIds);
    const pool = openPool(script, 4);
    expect(script).not.toHaveBeenCalled();
    await expect(pool.run([])).resolves.toEqual([]);
    expect(script).not.toHaveBeenCalled();
    const ids = await pool.run<number, number>([1]);
    expect(script).toHaveBeenCalledTimes(1);
    expect(ids).toHaveLength(1);
    await pool.close();
    await pool.close(); // twice is harmless
  });

  it('passes on the error of a lazy script that cannot be found', async () => {
    const pool = openPool(() => {
      throw new CorroborateError('WORKER_FAILED', 'The worker script is missing.');
    }, 2);
    const error = await rejection(pool.run([1]));
    expect(error.code).toBe('WORKER_FAILED');
    expect(error.message).toBe('The worker script is missing.');
  });

  it('after a failure, closes and tells a later batch why', async () => {
    const pool = openPool(threadIds, 1);
    const error = await rejection(pool.run(['exit']));
    expect(error.message).toContain('exited with code 2');
    const later = await rejection(pool.run([1]));
    expect(later.code).toBe('WORKER_FAILED');
    expect(later.message).toContain('exited with code 2');
  });

  it('tells onTaskDone of each task once, as its reply is read, and fails the batch with what it throws', async () => {
    const pool = openPool(standIn, 2);
    try {
      const done: number[] = [];
      const acts: Act[] = [{ reply: 'a', delayMs: 20 }, { reply: 'b' }, { reply: 'c' }];
      await expect(pool.run<Act, string>(acts, { onTaskDone: (task) => done.push(task) })).resolves.toEqual(['a', 'b', 'c']);
      expect([...done].sort()).toEqual([0, 1, 2]);
    } finally {
      await pool.close();
    }
    const broken = new RangeError('listener broke');
    const failing = openPool(standIn, 1);
    const thrown = (await rejection(failing.run<Act, string>([{ reply: 'a' }, { reply: 'b' }], { onTaskDone: () => { throw broken; } })));
    expect(thrown).toBe(broken);
    // The pool closed itself, and says why to a later batch.
    expect(await rejection(failing.run([{ reply: 'c' }]))).toBe(broken);
  });

  describe('with runHere (the calling thread takes tasks too)', () => {
    /** Blocks this thread for `ms`, as a task of real work would. */
    const busy = (ms: number) => {
      const until = Date.now() + ms;
      while (Date.now() < until);
    };

    it('shares the tasks between the workers and this thread, each task once, results in order', async () => {
      const pool = openPool(standIn, 1);
      try {
        const here: number[] = [];
        const done: number[] = [];
        const acts: Act[] = ['a', 'b', 'c', 'd', 'e', 'f'].map((reply) => ({ reply, delayMs: 40 }));
        const runHere = (act: Act, index: number) => {
          here.push(index);
          busy(40);
          return `${String(act.reply)} here`;
        };
        const results = await pool.run<Act, string>(acts, { runHere, onTaskDone: (task) => done.push(task) });
        expect(results.map((r) => r[0])).toEqual(['a', 'b', 'c', 'd', 'e', 'f']);
        expect(here.length).toBeGreaterThan(0);
        expect(here.length).toBeLessThan(acts.length);
        results.forEach((r, i) => expect(r.endsWith(' here')).toBe(here.includes(i)));
        expect([...done].sort()).toEqual([0, 1, 2, 3, 4, 5]);
      } finally {
        await pool.close();
      }
    });

    it('keeps a worker a task ahead while this thread is busy, so it does not wait for its next task', async () => {
      const pool = openPool(standIn, 1);
      try {
        const here: number[] = [];
        // This thread's task takes much longer than the worker's: the worker finishes its
        // first task, and without one in hand it would wait for this thread to read its reply.
        const acts: Act[] = Array.from({ length: 8 }, (_, i) => ({ reply: i }));
        const runHere = (_act: Act, index: number) => {
          here.push(index);
          busy(150);
          return index;
        };
        await pool.run<Act, number>(acts, { runHere });
        // Tasks 0 and 1 went to the worker before this thread took one (one at a time, it would have taken 1),
        // and the quick worker did most of the batch.
        expect(here[0]).toBe(2);
        expect(here.length).toBeLessThan(acts.length / 2);
      } finally {
        await pool.close();
      }
    });

    it('does the whole batch in this thread with no workers, starting none', async () => {
      const script = jest.fn(() => standIn);
      const pool = openPool(script, 0);
      await expect(pool.run<number, number>([1, 2, 3], { runHere: (n) => n * 10 })).resolves.toEqual([10, 20, 30]);
      expect(script).not.toHaveBeenCalled();
      await pool.close();
    });

    it('rejects with the error this thread\'s task throws, as it is, and closes the pool', async () => {
      const pool = openPool(standIn, 1);
      const broken = new TypeError('stage broke');
      const acts: Act[] = [{ reply: 'a', delayMs: 20 }, { reply: 'b' }, { reply: 'c' }];
      const thrown = await rejection(pool.run<Act, string>(acts, { runHere: () => { throw broken; } }));
      expect(thrown).toBe(broken);
      expect(await rejection(pool.run([{ reply: 'd' }]))).toBe(broken);
    });
  });

  it('refuses a batch after close and a second batch while one runs', async () => {
    const pool = openPool(standIn, 1);
    const running = pool.run<Act, string>([{ reply: 'a', delayMs: 30 }]);
    expect((await rejection(pool.run([{ reply: 'b' }]))).message).toContain('already running');
    await expect(running).resolves.toEqual(['a']);
    await pool.close();
    expect((await rejection(pool.run([{ reply: 'c' }]))).message).toContain('closed');
  });
});
