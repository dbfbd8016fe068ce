/**
 * Lighthouse's findings as extra evidence for indicators that the methodology scores from other
 * probes: the console errors for A4-2.1 (correct display) and the viewport meta tag for the
 * mobile coefficient. Evidence only — they change no points. Pure functions of the snapshot.
 */
import type { Snapshot } from '../../crawler/snapshot/schema.ts';
import type { Evidence } from '../types.ts';
import { lighthouseDiagnostics, type LighthouseRun } from './lighthouseDiagnostics.ts';

const where = (r: LighthouseRun) => `${r.lang ?? '?'}, ${r.device === 'mobile' ? 'phone emulation' : 'desktop'}`;
const okRuns = (snapshot: Pick<Snapshot, 'probes'>) => (lighthouseDiagnostics(snapshot)?.lighthouse.runs ?? []).filter((r) => r.state === 'ok');

/** For A4-2.1: errors logged to the console while the home page loaded, per language and device. */
export function lighthouseConsoleEvidence(snapshot: Pick<Snapshot, 'probes'>): Evidence[] {
  return okRuns(snapshot)
    .filter((r) => r.consoleErrors.passed !== null)
    .map((r) => ({
      kind: 'value' as const,
      label: `Lighthouse (diagnostic, no points), ${where(r)}: ${r.consoleErrors.count === 0 ? 'no console errors' : `${r.consoleErrors.count} console error(s): ${r.consoleErrors.first.join(' | ')}`}`,
      url: r.url,
      value: r.consoleErrors.count,
    }));
}

/** For the mobile coefficient: whether the home page has a viewport meta tag for phones (phone emulation runs). */
export function lighthouseViewportEvidence(snapshot: Pick<Snapshot, 'probes'>): Evidence[] {
  return okRuns(snapshot)
    .filter((r) => r.device === 'mobile' && r.viewport.passed !== null)
    .map((r) => ({
      kind: 'value' as const,
      label: `Lighthouse (diagnostic, no points), ${where(r)}: ${r.viewport.passed ? 'the page has a viewport meta tag for phones' : 'no viewport meta tag optimized for phones'}`,
      url: r.url,
      value: r.viewport.passed === true,
    }));
}
