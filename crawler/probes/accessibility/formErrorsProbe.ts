/**
 * The form-errors probe (A4-3.6): on sampled pages with forms other than search, each form (at
 * most MAX_FORMS a page) is submitted with every field empty with requestSubmit() so the site's client-side validation runs; then the
 * text messages shown about the errors are read. Nothing leaves the browser: the submit event is
 * cancelled in the page, any other navigation of the page is answered 204 here, and the audit's
 * context aborts every non-GET request.
 */
import { z } from 'zod';
import type { Probe } from '../probeTypes.ts';
import { sampleTargets } from '../sampleTargets.ts';
import { FORM_ERRORS_JS } from './inpageScripts.ts';

export const MAX_FORMS = 2;
/** How long client-side validation is given to show its messages. */
export const SETTLE_MS = 600;

export const ErrorMessageSchema = z.object({
  kind: z.enum(['native', 'aria', 'described', 'near-field', 'alert']),
  field: z.string().nullable(),
  text: z.string(),
});
export type ErrorMessage = z.infer<typeof ErrorMessageSchema>;
export const FormOutcomeSchema = z.object({
  selector: z.string(),
  method: z.string(),
  fields: z.number(),
  novalidate: z.boolean(),
  /** The submit event fired (validation did not stop it before submission). */
  submitEvents: z.number(),
  /** The site's own script cancelled the submission. */
  sitePrevented: z.boolean(),
  invalidNative: z.number(),
  messages: z.array(ErrorMessageSchema),
  screenshot: z.string().nullable(),
});
export type FormOutcome = z.infer<typeof FormOutcomeSchema>;
export const FormErrorsDataSchema = z.object({ forms: z.array(FormOutcomeSchema) });
export type FormErrorsData = z.infer<typeof FormErrorsDataSchema>;

const ListSchema = z.array(z.object({ i: z.number(), selector: z.string(), method: z.string(), fields: z.number(), novalidate: z.boolean() }));
const CollectSchema = z.object({ submitEvents: z.number(), sitePrevented: z.boolean(), invalidNative: z.number(), messages: z.array(ErrorMessageSchema) });

export const formErrorsProbe: Probe<FormErrorsData> = {
  id: 'form-errors',
  device: 'desktop',
  timeoutMs: 60_000,
  targets: (snapshot) => sampleTargets(snapshot, { perLang: 8 }).filter((t) => t.page?.forms.some((f) => !f.isSearch && f.fields.length > 0)),
  async run(page, target, ctx) {
    const home = page.url();
    // Second line of defence: no navigation away from the page, whatever the method.
    await page.route('**/*', async (route) => {
      const req = route.request();
      if (req.isNavigationRequest() && req.frame() === page.mainFrame() && req.url() !== home) await route.fulfill({ status: 204, body: '' });
      else await route.fallback();
    });
    const forms: FormOutcome[] = [];
    await page.evaluate(FORM_ERRORS_JS);
    const list = ListSchema.parse(await page.evaluate('window.__tekserForms.list()'));
    for (const form of list.slice(0, MAX_FORMS)) {
      if (forms.length > 0) {
        // A fresh page state for the next form.
        const r = await ctx.render(page, target.url);
        if (r.error) break;
        await page.evaluate(FORM_ERRORS_JS);
      }
      await page.evaluate(`window.__tekserForms.prepare(${form.i})`);
      await page.waitForTimeout(SETTLE_MS);
      const result = CollectSchema.parse(await page.evaluate(`window.__tekserForms.collect(${form.i})`));
      const screenshot = await ctx.screenshot(page, `form-${form.i}`);
      forms.push({ selector: form.selector, method: form.method, fields: form.fields, novalidate: form.novalidate, ...result, screenshot });
    }
    return { forms };
  },
};
