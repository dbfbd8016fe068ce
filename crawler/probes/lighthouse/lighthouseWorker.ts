/**
 * Child process of the Lighthouse probe: reads run requests, one JSON object a line on stdin
 * (`{ "id", "url", "port", "formFactor" }`), runs them one after another (lighthouseRun.ts) and
 * answers each with one line on stdout: `{ "id", "data" }` or `{ "id", "error" }`. It ends when
 * its stdin closes. One process serves the runs of an audit: Lighthouse is loaded once.
 */
import { createInterface } from 'node:readline';
import { runLighthouseHere } from './lighthouseRun.ts';

interface RunRequest { id: number; url: string; port: number; formFactor: 'desktop' | 'mobile' }

const gc = (globalThis as { gc?: () => void }).gc;

for await (const line of createInterface({ input: process.stdin })) {
  if (!line.trim()) continue;
  let req: RunRequest;
  try {
    req = JSON.parse(line) as RunRequest;
  } catch {
    process.stderr.write(`not a run request: ${line.slice(0, 100)}\n`);
    continue;
  }
  let answer: object;
  try {
    answer = { id: req.id, data: await runLighthouseHere(req.url, req.port, req.formFactor) };
  } catch (err) {
    answer = { id: req.id, error: (err as Error).message.split('\n')[0] ?? 'Lighthouse failed' };
  }
  process.stdout.write(`${JSON.stringify(answer)}\n`);
  // A run allocates a few hundred MB; give it back before the next one (started with --expose-gc).
  gc?.();
}
