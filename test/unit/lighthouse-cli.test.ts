/** `tekser audit --no-lighthouse` and `--probes none`: the Lighthouse probes are left out; by default they run. */
import { describe, expect, it } from 'vitest';
import { withoutLighthouse } from '../../cli/auditCommand.ts';
import { buildProgram } from '../../cli/main.ts';
import { PROBES, selectProbes } from '../../crawler/probes/registry.ts';

const ids = (probes: readonly { id: string }[]) => probes.map((p) => p.id);

describe('the Lighthouse probes in the audit', () => {
  it('are registered, desktop and phone, one run at a time beside the crawl', () => {
    const lh = PROBES.filter((p) => p.id.startsWith('lighthouse'));
    expect(lh.map((p) => `${p.id} ${p.device} ${p.navigate} ${p.lane} ${p.early}`)).toEqual(['lighthouse desktop false solo true', 'lighthouse-mobile mobile false solo true']);
  });

  it('--no-lighthouse removes them; without it they stay', () => {
    expect(ids(withoutLighthouse(PROBES, true))).not.toContain('lighthouse');
    expect(ids(withoutLighthouse(PROBES, true))).not.toContain('lighthouse-mobile');
    expect(withoutLighthouse(PROBES, true)).toHaveLength(PROBES.length - 2);
    expect(ids(withoutLighthouse(PROBES, false))).toEqual(ids(PROBES));
    expect(selectProbes('none')).toEqual([]);
    expect(ids(selectProbes('lighthouse-mobile'))).toEqual(['lighthouse-mobile']);
  });

  it('the audit command has --no-lighthouse, on by default', () => {
    const audit = buildProgram().commands.find((c) => c.name() === 'audit');
    const option = audit?.options.find((o) => o.long === '--no-lighthouse');
    expect(option?.negate).toBe(true);
    audit?.parseOptions(['--no-lighthouse']);
    expect(audit?.opts().lighthouse).toBe(false);
    const fresh = buildProgram().commands.find((c) => c.name() === 'audit');
    fresh?.parseOptions(['--quiet']);
    expect(fresh?.opts().lighthouse).not.toBe(false);
  });
});
