/**
 * Child process of the Lighthouse probe: `node lighthouseWorker.ts <url> <port> <desktop|mobile>`
 * runs one Lighthouse audit (lighthouseRun.ts) and prints its LighthouseData as JSON on stdout.
 */
import { runLighthouseHere } from './lighthouseRun.ts';

const [url, port, formFactor] = process.argv.slice(2);
if (!url || !port || (formFactor !== 'desktop' && formFactor !== 'mobile')) {
  process.stderr.write('usage: lighthouseWorker.ts <url> <port> <desktop|mobile>\n');
  process.exit(2);
}
try {
  const data = await runLighthouseHere(url, Number(port), formFactor);
  process.stdout.write(JSON.stringify(data));
} catch (err) {
  process.stderr.write(`${(err as Error).message.split('\n')[0]}\n`);
  process.exit(1);
}
