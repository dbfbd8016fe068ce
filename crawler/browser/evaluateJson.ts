/**
 * page.evaluate for an expression whose value is plain data, carried back as one JSON string.
 * Playwright serializes an object value node by node in the page and validates it again in Node;
 * for a crawled page's facts (a few dozen links) that costs 5–9 ms of CPU per call, against under
 * 1 ms for the same value as a string (measured). JSON rules apply: undefined properties are
 * dropped, NaN and Infinity become null. A promise is awaited first.
 */
import type { Frame, Page } from 'playwright';

/** The expression (an IIFE, a call) with a trailing semicolon stripped, so it can be wrapped. */
const asExpression = (source: string) => source.trim().replace(/;$/, '');

/** The source of an expression whose value is `source`'s value as a JSON string (undefined stays undefined). */
export const jsonOf = (source: string) =>
  `Promise.resolve(\n${asExpression(source)}\n).then((v) => (v === undefined ? undefined : JSON.stringify(v)))`;

export async function evaluateJson<T = unknown>(target: Page | Frame, source: string): Promise<T> {
  const text = (await target.evaluate(jsonOf(source))) as string | undefined;
  return (text === undefined ? undefined : JSON.parse(text)) as T;
}
