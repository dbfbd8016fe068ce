import { appendFileSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readJsonLines, SnapshotStore } from '../../crawler/snapshot/snapshotStore.ts';

describe('snapshot store', () => {
  it('drops a torn last line (a killed process) and repairs the log before appending', () => {
    const store = new SnapshotStore(mkdtempSync(join(tmpdir(), 'tekser-store-')));
    store.reset();
    const check = { url: 'http://a/x.pdf', finalUrl: 'http://a/x.pdf', purpose: 'document' as const, method: 'HEAD' as const, status: 200, contentType: 'application/pdf', size: 10, error: null };
    store.appendCheck(check);
    appendFileSync(store.checksPath, '{"url":"http://a/y.pdf","fin');
    expect(store.readChecks()).toHaveLength(1);
    store.repair();
    store.appendCheck({ ...check, url: 'http://a/z.pdf' });
    expect(store.readChecks().map((c) => c.url)).toEqual(['http://a/x.pdf', 'http://a/z.pdf']);
    expect(readFileSync(store.checksPath, 'utf8').endsWith('\n')).toBe(true);
  });
  it('refuses a corrupt line in the middle', () => {
    const dir = mkdtempSync(join(tmpdir(), 'tekser-store-'));
    const path = join(dir, 'x.jsonl');
    appendFileSync(path, '{"a":1}\nnot json\n{"a":2}\n');
    expect(() => readJsonLines(path, (v) => v)).toThrow(/line 2/);
  });
});
