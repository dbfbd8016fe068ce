/**
 * Command-line entry: parses arguments and runs a command. Errors the user can act on are
 * printed as one clear message (no stack trace) with a non-zero exit code.
 */
import { parseCommitteeSpec, type CommitteeSpec } from '../rules/committees.ts';
import { PROBES, selectProbes } from '../crawler/probes/registry.ts';
import type { Probe } from '../crawler/probes/probeTypes.ts';
import { Command, CommanderError, InvalidArgumentError, Option } from 'commander';
import { AuditError } from '../crawler/auditError.ts';
import { TOOL_VERSION } from '../crawler/audit/crawlSite.ts';
import { parseResolve, type ResolveRule } from '../crawler/hostMapping.ts';
import { runAudit } from './auditCommand.ts';
import { runRescore } from './rescoreCommand.ts';
import { addPageCommand } from './pageCommand.ts';
import { addReportOptions } from './reportOptions.ts';

function positiveInt(name: string) {
  return (value: string): number => {
    const n = Number(value);
    if (!Number.isInteger(n) || n < 1) throw new InvalidArgumentError(`${name} takes a whole number ≥ 1, got "${value}".`);
    return n;
  };
}

function nonNegativeInt(name: string) {
  return (value: string): number => {
    const n = Number(value);
    if (!Number.isInteger(n) || n < 0) throw new InvalidArgumentError(`${name} takes a whole number ≥ 0, got "${value}".`);
    return n;
  };
}

function collectResolve(value: string, previous: ResolveRule[]): ResolveRule[] {
  try {
    return [...previous, parseResolve(value)];
  } catch (err) {
    throw new InvalidArgumentError((err as Error).message);
  }
}

const collect = (value: string, previous: string[]): string[] => [...previous, value];

function collectCommittee(value: string, previous: CommitteeSpec[]): CommitteeSpec[] {
  try {
    return [...previous, parseCommitteeSpec(value)];
  } catch (err) {
    throw new InvalidArgumentError((err as Error).message);
  }
}

function probeList(value: string): Probe[] {
  try {
    return selectProbes(value);
  } catch (err) {
    throw new InvalidArgumentError((err as Error).message);
  }
}

function langs(value: string): ('kk' | 'ru' | 'en')[] {
  const list = value.split(',').map((s) => s.trim().toLowerCase()).filter(Boolean);
  const bad = list.filter((l) => !['kk', 'ru', 'en'].includes(l));
  if (bad.length > 0 || list.length === 0) throw new InvalidArgumentError(`--lang takes a comma-separated list of kk, ru, en; got "${value}".`);
  return list as ('kk' | 'ru' | 'en')[];
}

export function buildProgram(): Command {
  const program = new Command();
  program
    .name('tekser')
    .description('Audits the official website of a Kazakhstan state body against the "Internet-resource effectiveness" criterion (A 5 + C 10 + M 5 = 20 points).')
    .version(TOOL_VERSION)
    .showHelpAfterError('(run with --help for usage)')
    // Errors come back to main() (subcommands inherit this), which turns them into exit code 2.
    .exitOverride();

  const audit = program
    .command('audit')
    .description('Crawl a site in Kazakh and Russian, as a desktop and as a phone, and score it.')
    .argument('<url>', 'the home page of the site, e.g. https://www.gov.kz/memleket/entities/example?lang=kk')
    .addOption(new Option('--type <type>', 'the body: omo (central state body) or zhao (akimat)').choices(['omo', 'zhao']).makeOptionMandatory())
    .option('--out <dir>', 'where to write snapshot/ and report.json (default ./tekser-report/<host>-<date>)')
    .option('--resolve <host:port:addr>', "map a hostname to an address, as curl's --resolve (repeatable)", collectResolve, [] as ResolveRule[])
    .option('--lang <list>', 'language versions to crawl fully', langs, ['kk', 'ru'] as ('kk' | 'ru' | 'en')[])
    .option('--max-pages <n>', 'pages per language', positiveInt('--max-pages'), 300)
    .option('--max-depth <n>', 'deepest click level to crawl', nonNegativeInt('--max-depth'), 10)
    .option('--max-mobile-pages <n>', 'phone pages per language', nonNegativeInt('--max-mobile-pages'), 40)
    .option('--max-pages-en <n>', 'pages of the English version when it is not in --lang (enough for indicator 4.4)', nonNegativeInt('--max-pages-en'), 60)
    .option('--time-limit <seconds>', 'stop crawling after this many seconds and score what was seen', positiveInt('--time-limit'))
    .option('--concurrency <n>', 'pages rendered at once', positiveInt('--concurrency'), 4)
    .option('--per-host <n>', 'requests at once to one host', positiveInt('--per-host'), 4)
    .option('--include <pattern>', 'crawl only URLs matching (glob or /regex/; repeatable)', collect, [] as string[])
    .option('--exclude <pattern>', 'do not crawl URLs matching (glob or /regex/; repeatable)', collect, [] as string[])
    .option('--ignore-robots', 'ignore robots.txt (for an agency auditing its own site)', false)
    .option('--resume', 'continue an interrupted audit in --out without fetching finished pages again', false)
    .option('--browser-path <path>', 'the Chromium/Chrome executable (default: found automatically; also TEKSER_BROWSER_PATH)')
    .option('--firefox-path <path>', 'the Firefox used as the second engine of indicator 2.1 (default: found automatically; also TEKSER_FIREFOX_PATH)')
    .option('--insecure', 'accept invalid TLS certificates (staging copies)', false)
    .option('--no-screenshots', 'do not take screenshots')
    .option('--committee <url=form>', "a committee to audit too and combine with the body (form 1: own site, 2: fourth-level domain, 3: section of the body's site; repeatable)", collectCommittee, [] as CommitteeSpec[])
    .option('--committees <file>', 'committees audited before: a JSON list of {url, form, reportPath}')
    .option('--probes <list>', 'in-browser probes to run: all, none (crawl only), or a comma list of probe ids', probeList, [...PROBES])
    .option('--no-lighthouse', 'skip Lighthouse on the home pages (diagnostics beside the points, ≈ 7 s per page and device)')
    .option('--quiet', 'no progress output', false);
  addReportOptions(audit, { withPeriod: true }).action(async (url: string, options) => {
    process.exitCode = await runAudit(url, options);
  });

  const rescore = program
    .command('rescore')
    .description("Apply a reviewer's verdicts (exported from report.html) to report.json, recompute the scores and write the reports again.")
    .argument('<report.json>', 'the report.json of an audit')
    .requiredOption('--verdicts <file>', 'the verdicts JSON file exported from report.html')
    .option('--out <dir>', 'where to write the re-scored reports (default: beside report.json, which is replaced)')
    .option('--allow-other-audit', 'apply verdicts made on another audit of the same site', false);
  addReportOptions(rescore, { withPeriod: false }).action(async (reportPath: string, options) => {
    process.exitCode = await runRescore(reportPath, options);
  });

  addPageCommand(program);
  return program;
}

export async function main(argv: string[]): Promise<number> {
  const program = buildProgram();
  try {
    await program.parseAsync(argv, { from: 'user' });
    return typeof process.exitCode === 'number' ? process.exitCode : 0;
  } catch (err) {
    if (err instanceof CommanderError) {
      // Commander already printed the message (and usage hint); --help and --version exit 0.
      return err.exitCode === 0 ? 0 : 2;
    }
    if (err instanceof AuditError) {
      process.stderr.write(`\ntekser: ${err.message}\n`);
      return err.exitCode;
    }
    process.stderr.write(`\ntekser: unexpected error: ${(err as Error).message}\n`);
    if (process.env.TEKSER_DEBUG) process.stderr.write(`${(err as Error).stack}\n`);
    else process.stderr.write('(set TEKSER_DEBUG=1 for details; what was fetched is in the snapshot folder)\n');
    return 1;
  }
}
