/**
 * The mobile coefficient k (para 24) and the link-back penalty (para 28), from the crawler's phone
 * probes (site.mobile, one per language version; the first is the start language's).
 *   k = 5  the phone is redirected to a mobile host/path, or the page is responsive (interpretation)
 *   k = 3  the main version loads with a link to a mobile version
 *   k = 0  the main version loads and there is no mobile version (M = 0, no evaluation)
 * Link penalty 1 when a separate mobile version has no link back to the full version.
 */
import type { MobileProbe, Snapshot } from '../../crawler/snapshot/schema.ts';
import type { Evidence } from '../types.ts';
import { lighthouseViewportEvidence } from '../diagnostics/lighthouseEvidence.ts';
import { CRITERION, type MobileCoefficient } from '../methodology/criterion.ts';

export interface MobileCoefficientResult {
  k: MobileCoefficient;
  linkPenalty: 0 | 1;
  evidence: Evidence[];
  /** False when the snapshot holds no phone probe at all (k is then 0 by default). */
  probed: boolean;
}

export const MOBILE_INTERPRETATION =
  'Interpretation: a responsive site (the same URL serves a layout made for the phone: a width=device-width viewport and no horizontal scrolling at 360–414 CSS px) counts as "the mobile version loads automatically" (k = 5), as does a redirect to a mobile host or path. A link to a mobile version gives k = 3; neither gives k = 0 and M = 0. The probe of the start language decides; when the language versions disagree, the best k is taken and the disagreement is shown.';

export function coefficientOfKind(kind: MobileProbe['kind']): MobileCoefficient {
  const k = CRITERION.mobileCoefficient;
  switch (kind) {
    case 'redirect':
    case 'responsive':
      return k.automatic;
    case 'link':
      return k.link;
    case 'none':
      return k.none;
  }
}

const KIND_TEXT: Record<MobileProbe['kind'], string> = {
  redirect: 'redirected to a mobile version',
  responsive: 'a responsive page',
  link: 'the main version with a link to a mobile version',
  none: 'the main version and no mobile version',
};

function probeEvidence(probe: MobileProbe): Evidence[] {
  const evidence: Evidence[] = [
    { kind: 'page', label: `${probe.lang}: a phone got ${KIND_TEXT[probe.kind]} (k = ${coefficientOfKind(probe.kind)})`, url: probe.finalUrl, value: probe.kind },
  ];
  if (probe.redirectChain.length > 0) {
    evidence.push({ kind: 'value', label: `${probe.lang}: redirect chain from ${probe.requestedUrl}`, value: probe.redirectChain.map((h) => `${h.status} ${h.url}`).join(' → ') });
  }
  evidence.push({ kind: 'element', label: `${probe.lang}: viewport meta`, selector: 'meta[name="viewport"]', value: probe.viewportMeta });
  for (const measure of probe.scrollWidths) {
    evidence.push({
      kind: 'value',
      label: `${probe.lang}: document width at a ${measure.width} px phone${measure.scrollWidth > measure.width ? ' (scrolls horizontally)' : ''}`,
      value: measure.scrollWidth,
    });
  }
  if (probe.mobileLink) evidence.push({ kind: 'element', label: `${probe.lang}: link to the mobile version «${probe.mobileLink.text}»`, url: probe.mobileLink.url });
  if (probe.mobileHomeUrl) {
    evidence.push({ kind: 'page', label: `${probe.lang}: separate mobile version`, url: probe.mobileHomeUrl });
    evidence.push(
      probe.linkBack
        ? { kind: 'element', label: `${probe.lang}: link back to the full version «${probe.linkBack.text}»`, url: probe.linkBack.url }
        : { kind: 'note', label: `${probe.lang}: the separate mobile version has no link back to the full version` },
    );
  }
  if (probe.screenshot) evidence.push({ kind: 'screenshot', label: `${probe.lang}: what the phone showed`, value: probe.screenshot });
  if (probe.error) evidence.push({ kind: 'note', label: `${probe.lang}: the probe reported an error`, value: probe.error });
  return evidence;
}

export function mobileCoefficient(snapshot: Snapshot): MobileCoefficientResult {
  const probes = snapshot.site.mobile;
  const evidence: Evidence[] = [{ kind: 'note', label: MOBILE_INTERPRETATION }];
  const first = probes[0];
  if (!first) {
    evidence.push({ kind: 'note', label: 'No phone probe in the snapshot: k = 0 by default (the mobile version was not examined).' });
    return { k: 0, linkPenalty: 0, evidence, probed: false };
  }
  for (const probe of probes) evidence.push(...probeEvidence(probe));
  evidence.push(...lighthouseViewportEvidence(snapshot));
  const decisive = coefficientOfKind(first.kind);
  let k: MobileCoefficient = decisive;
  for (const probe of probes) {
    const candidate = coefficientOfKind(probe.kind);
    if (candidate > k) k = candidate;
  }
  const kinds = new Set(probes.map((p) => coefficientOfKind(p.kind)));
  if (kinds.size > 1) {
    evidence.push({
      kind: 'note',
      label: `The language versions disagree (${probes.map((p) => `${p.lang}: k = ${coefficientOfKind(p.kind)}`).join(', ')}); the start language (${first.lang}) gives k = ${decisive}, the best k = ${k} is taken.`,
      value: k,
    });
  }
  const withoutLinkBack = probes.filter((p) => p.mobileHomeUrl !== null && p.linkBack === null);
  const linkPenalty: 0 | 1 = withoutLinkBack.length > 0 ? 1 : 0;
  if (linkPenalty === 1) {
    evidence.push({
      kind: 'note',
      label: `Link penalty ${CRITERION.linkPenalty}: the separate mobile version (${withoutLinkBack.map((p) => p.lang).join(', ')}) has no link back to the full version`,
      url: withoutLinkBack[0]?.mobileHomeUrl ?? undefined,
      value: CRITERION.linkPenalty,
    });
  }
  evidence.push({ kind: 'value', label: 'Mobile coefficient k', value: k });
  return { k, linkPenalty, evidence, probed: true };
}
