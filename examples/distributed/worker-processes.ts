/** Starts worker.ts in separate Node processes and stops them again. */
import { fork, type ChildProcess } from 'node:child_process';
import { join } from 'node:path';

export interface WorkerProcesses {
  names: string[];
  /** Resolves once every worker has connected to Redis; rejects if one exits first. */
  ready(): Promise<void>;
  /** Asks each worker to finish its job and close, then waits (killing any that will not). */
  stop(): Promise<void>;
  /** Ends them now, for when the example itself is being stopped. */
  kill(): void;
}

function whenReady(child: ChildProcess, name: string): Promise<void> {
  return new Promise((resolve, reject) => {
    child.once('message', (m) => (m === 'ready' ? resolve() : reject(new Error(`${name} sent ${String(m)}`))));
    child.once('exit', (code) => reject(new Error(`${name} exited with status ${code} before it was ready`)));
  });
}

function whenExited(child: ChildProcess, ms: number): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  return new Promise((resolve) => {
    const timer = setTimeout(() => {
      child.kill('SIGKILL'); // a worker that will not close is not allowed to hang the example
      resolve();
    }, ms);
    child.once('exit', () => {
      clearTimeout(timer);
      resolve();
    });
  });
}

export function forkWorkers(count: number, queueName: string): WorkerProcesses {
  const names = Array.from({ length: count }, (_, i) => `worker-${i + 1}`);
  const children = names.map((name) =>
    fork(join(__dirname, 'worker.ts'), [], {
      execArgv: ['--import', 'tsx'],
      env: { ...process.env, QUEUE_NAME: queueName, WORKER_NAME: name },
    }),
  );
  const readiness = Promise.all(children.map((child, i) => whenReady(child, names[i])));
  readiness.catch(() => undefined); // awaited through ready(); a worker that dies later must not crash the driver
  return {
    names,
    ready: async () => {
      await readiness;
    },
    async stop() {
      for (const child of children) if (child.connected) child.send('stop');
      await Promise.all(children.map((child) => whenExited(child, 5000)));
    },
    kill() {
      for (const child of children) if (child.exitCode === null) child.kill('SIGTERM');
    },
  };
}
