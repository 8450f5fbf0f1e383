/**
 * The messages between the pool and a worker thread. Plain data only: they
 * cross threads by structured clone.
 */

/** Main thread -> worker: one task (a chunk of articles) and its index. */
export interface TaskMessage<I> {
  task: number;
  payload: I;
}

/** Worker -> main thread: the task's result, or what went wrong in it. */
export type ReplyMessage<O> = { task: number; result: O } | { task: number; error: { name: string; message: string } };

/** An error as plain data, since Error objects lose their class when cloned. */
export function describeError(error: unknown): { name: string; message: string } {
  if (error instanceof Error) return { name: error.name, message: error.message };
  return { name: 'Error', message: String(error) };
}
