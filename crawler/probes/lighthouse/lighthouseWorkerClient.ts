/**
 * Lighthouse runs in a child process (lighthouseWorker.ts): it allocates a few hundred MB per
 * run, which a child gives back, and a crash stays there. One child serves consecutive runs
 * (loading Lighthouse costs about a second of CPU, spent once) and ends when no run has come
 * for IDLE_MS, so it holds no memory through the rest of the audit.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';
import { LighthouseDataSchema, type LighthouseData } from './lighthouseSchema.ts';

const WORKER = fileURLToPath(new URL('./lighthouseWorker.ts', import.meta.url));
const IDLE_MS = 3000;

interface Pending { resolve: (d: LighthouseData) => void; reject: (e: Error) => void }

interface Worker { child: ChildProcess; pending: Map<number, Pending>; stderr: string[]; idle: NodeJS.Timeout | null }

let worker: Worker | null = null;
let nextId = 1;

function startWorker(): Worker {
  const child = spawn(process.execPath, ['--expose-gc', WORKER], { stdio: ['pipe', 'pipe', 'pipe'] });
  const w: Worker = { child, pending: new Map(), stderr: [], idle: null };
  createInterface({ input: child.stdout! }).on('line', (line) => {
    let answer: { id: number; data?: unknown; error?: string };
    try {
      answer = JSON.parse(line) as typeof answer;
    } catch {
      return;
    }
    const p = w.pending.get(answer.id);
    if (!p) return;
    w.pending.delete(answer.id);
    if (answer.error !== undefined) p.reject(new Error(answer.error));
    else {
      const parsed = LighthouseDataSchema.safeParse(answer.data);
      if (parsed.success) p.resolve(parsed.data);
      else p.reject(new Error(`Lighthouse gave no readable result: ${parsed.error.message.split('\n')[0]}`));
    }
    if (w.pending.size === 0) idleSoon(w);
  });
  createInterface({ input: child.stderr! }).on('line', (line) => {
    w.stderr.push(line);
    if (w.stderr.length > 20) w.stderr.shift();
  });
  const fail = (why: string) => {
    if (worker === w) worker = null;
    if (w.idle) clearTimeout(w.idle);
    for (const p of w.pending.values()) p.reject(new Error(why));
    w.pending.clear();
  };
  child.on('error', (e) => fail(`Lighthouse could not start: ${e.message}`));
  child.on('exit', (code, signal) => {
    const last = w.stderr.at(-1);
    fail(`Lighthouse ended (${signal ?? `exit code ${code}`})${last ? `: ${last}` : ''}`);
  });
  child.stdin!.on('error', () => undefined); // the child ended; 'exit' says why
  return w;
}

function idleSoon(w: Worker): void {
  if (w.idle) clearTimeout(w.idle);
  w.idle = setTimeout(() => {
    if (w.pending.size > 0) return;
    if (worker === w) worker = null;
    w.child.stdin!.end();
  }, IDLE_MS);
  w.idle.unref();
}

/** Ends the child process once the runs it has are done (the next run starts another). */
export async function stopLighthouseWorker(): Promise<void> {
  const w = worker;
  if (!w) return;
  worker = null;
  if (w.idle) clearTimeout(w.idle);
  if (w.child.exitCode !== null || w.child.signalCode !== null) return;
  const exited = new Promise<void>((resolve) => w.child.once('exit', () => resolve()));
  w.child.stdin!.end();
  await exited;
}

/** Runs Lighthouse on url in the child process, against the browser listening on 127.0.0.1:port. */
export function runLighthouse(url: string, port: number, formFactor: 'desktop' | 'mobile', signal?: AbortSignal): Promise<LighthouseData> {
  if (signal?.aborted) return Promise.reject(new Error('stopped before Lighthouse ran'));
  const w = (worker ??= startWorker());
  if (w.idle) clearTimeout(w.idle);
  const id = nextId++;
  return new Promise<LighthouseData>((resolve, reject) => {
    const onAbort = () => w.child.kill('SIGKILL');
    signal?.addEventListener('abort', onAbort, { once: true });
    const done = () => signal?.removeEventListener('abort', onAbort);
    w.pending.set(id, { resolve: (d) => { done(); resolve(d); }, reject: (e) => { done(); reject(e); } });
    w.child.stdin!.write(`${JSON.stringify({ id, url, port, formFactor })}\n`);
  });
}
