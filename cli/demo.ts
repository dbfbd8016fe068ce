/**
 * `npm run demo`: starts the bundled gov.kz-like akimat site on 127.0.0.1, audits it with
 * `tekser audit` under its realistic hostname (mapped with --resolve, as an agency would audit a
 * staging copy) and prints where the report is. Needs no network.
 */
import { resolve } from 'node:path';
import { startFixtureSite } from '../test/fixtures/index.ts';
import { main } from './main.ts';

const site = await startFixtureSite({
  style: 'classic',
  mobile: 'm-redirect',
  // A few real-world defects, so the report has something to show.
  defects: { noProcurementFeed: true, brokenSitemapLinks: 1, noMobileLinkBack: true },
});
const out = resolve('tekser-report', 'demo');
const url = `http://${site.host}:${site.port}/`;
console.log(`Demo site: ${url} (served on 127.0.0.1:${site.port})\n`);
const code = await main([
  'audit', url, '--type', 'zhao', '--out', out,
  '--resolve', `${site.host}:${site.port}:127.0.0.1`,
  '--resolve', `${site.mobileHost}:${site.port}:127.0.0.1`,
]);
await site.close();
if (code === 0) console.log(`\nOpen ${out}/report.html in a browser (report.json, the spreadsheets and the snapshot are beside it).`);
process.exit(code);
