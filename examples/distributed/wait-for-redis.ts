/**
 * Waits until the Redis server at REDIS_URL answers, speaking the wire
 * protocol directly so that neither redis-cli nor a client library is needed.
 * With REDIS_PID it waits for that very process (INFO server names it), so a
 * server that lost the race for its port is not mistaken for another one.
 * Exits 0 once it answers, 1 after the time limit or once REDIS_PID has exited.
 */
import { connect } from 'node:net';

const url = new URL(process.env.REDIS_URL ?? 'redis://127.0.0.1:6379');
const deadline = Date.now() + Number(process.env.WAIT_MS ?? 10_000);
const serverPid = Number(process.env.REDIS_PID) || undefined;

const PING = '*1\r\n$4\r\nPING\r\n';
const INFO_SERVER = '*2\r\n$4\r\nINFO\r\n$6\r\nserver\r\n';

function serverGone(): boolean {
  if (serverPid === undefined) return false;
  try {
    process.kill(serverPid, 0); // signal 0 only asks whether the process exists
    return false;
  } catch {
    return true;
  }
}

/** Whether the reply says the right server is up. */
function answered(reply: string): boolean {
  if (serverPid === undefined) return reply.startsWith('+PONG');
  return new RegExp(`\\bprocess_id:${serverPid}\\r?\\n`).test(reply);
}

/** One request; resolves with the reply text, or '' on no answer. */
function ask(): Promise<string> {
  return new Promise((resolve) => {
    const socket = connect({ host: url.hostname, port: Number(url.port || 6379) });
    let reply = '';
    const done = () => {
      socket.destroy();
      resolve(reply);
    };
    socket.setTimeout(500, done);
    socket.once('error', done);
    socket.once('connect', () => socket.write(serverPid === undefined ? PING : INFO_SERVER));
    // INFO's reply may come in several chunks; the process id sits near its start.
    socket.on('data', (data) => {
      reply += data.toString();
      if (answered(reply) || reply.length > 4096 || reply.startsWith('-')) done();
    });
  });
}

async function waitForRedis(): Promise<void> {
  while (!answered(await ask())) {
    if (serverGone() || Date.now() > deadline) {
      console.error(`wait-for-redis: no answer from ${url.host}${serverGone() ? ' (the server has exited)' : ''}`);
      process.exit(1);
    }
    await new Promise((r) => setTimeout(r, 100));
  }
}

void waitForRedis();
