/**
 * A4-3.6 — a text message about an input error when forms are filled in (0.2, all or nothing).
 * From the form-errors probe: each non-search form on the sampled pages was submitted with
 * every field empty (client-side only); a form that shows no text message about the errors
 * fails its page.
 */
import type { Snapshot } from '../../../crawler/snapshot/schema.ts';
import { FormErrorsDataSchema, type ErrorMessage } from '../../../crawler/probes/accessibility/formErrorsProbe.ts';
import { requireAnnex4 } from '../../methodology/annex4.ts';
import type { Evidence, IndicatorResult, Rule } from '../../types.ts';
import { note, unscoredResult } from '../../result.ts';
import { allOrNothing, plural, probeRuns, type PageVerdict } from './probeRuns.ts';

const DEFINITION = requireAnnex4('3.6');
const ID = 'A4-3.6';

export const FORM_ERRORS_INTERPRETATION =
  'Interpretation: checked with client-side validation only — the tool never submits a form to the site (the submission is cancelled in the page, POST requests are blocked and navigations are answered in the browser). Each form other than search on the sampled pages is submitted with every field empty (the input error every form that needs data must report). A form passes when a text message about the error appears: the browser\'s own validation message (a text message the browser shows and screen readers announce), a field marked aria-invalid with its described-by text, a role=alert / aria-live text, or new text next to a field. A form that accepts the empty submission, or refuses it silently, without any text message fails.';

const KIND: Record<ErrorMessage['kind'], string> = {
  native: "browser's validation message",
  aria: 'aria-invalid with a described-by text',
  described: 'described-by text shown',
  'near-field': 'text shown next to the field',
  alert: 'alert / live-region text',
};

export function runFormErrors(snapshot: Snapshot): IndicatorResult[] {
  const runs = probeRuns(snapshot, 'form-errors', FormErrorsDataSchema);
  if (runs.ok.length === 0 && runs.failed.length === 0) {
    const withForms = snapshot.pages.some((p) => p.forms.some((f) => !f.isSearch && f.fields.length > 0));
    return [
      unscoredResult({
        id: ID,
        max: DEFINITION.max,
        status: 'not-checked',
        evidence: [note(FORM_ERRORS_INTERPRETATION), note(withForms ? 'The form-errors probe did not run.' : 'The crawl found no form other than search to check.')],
        summary: withForms ? 'Not checked: the form-errors probe did not run' : 'Not checked: no form other than search was found',
      }),
    ];
  }
  let forms = 0;
  const verdicts: PageVerdict[] = runs.ok.map(({ record, data }) => {
    const url = record.url;
    const reasons: string[] = [];
    const evidence: Evidence[] = [];
    for (const form of data.forms) {
      forms += 1;
      if (form.messages.length === 0) {
        reasons.push(`the form ${form.selector} shows no error message when submitted empty${form.submitEvents > 0 && !form.sitePrevented ? ' and lets the submission through' : ''}`);
        evidence.push({ kind: 'element', label: `Form (${form.method.toUpperCase()}, ${plural(form.fields, 'field')}) submitted empty: no error message`, url, selector: form.selector });
      } else {
        const kinds = [...new Set(form.messages.map((m) => KIND[m.kind]))].join(', ');
        const sample = form.messages[0];
        evidence.push({ kind: 'element', label: `Form shows error messages (${kinds})${sample ? `, e.g. «${sample.text}»` : ''}`, url, selector: form.selector, value: form.messages.length });
      }
      if (form.screenshot) evidence.push({ kind: 'screenshot', label: 'The form after the empty submission', url, value: form.screenshot });
    }
    return { url, lang: record.lang, passes: reasons.length > 0 ? false : data.forms.length > 0 ? true : null, reasons, evidence };
  });
  return [
    allOrNothing({
      id: ID,
      definition: DEFINITION,
      probeIds: ['form-errors'],
      interpretation: FORM_ERRORS_INTERPRETATION,
      what: 'form-errors',
      verdicts,
      failed: runs.failed,
      extra: [{ kind: 'value', label: 'Forms submitted empty', value: forms }],
      passSummary: `Every form checked (${forms}) shows a text message about input errors`,
      failSummary: (failing, judged) => `${failing.length} of ${judged} pages with forms show no text message about input errors`,
    }),
  ];
}

export const formErrorsRule: Rule = { id: ID, run: runFormErrors };
