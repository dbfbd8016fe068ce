import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { BrowserNotFoundError, findBrowser } from '../../crawler/browser/findBrowser.ts';

const fakeBinary = () => {
  const path = join(mkdtempSync(join(tmpdir(), 'tekser-browser-')), 'chrome');
  writeFileSync(path, '');
  return path;
};

describe('findBrowser', () => {
  it('prefers an explicit path, then TEKSER_BROWSER_PATH', () => {
    const a = fakeBinary();
    const b = fakeBinary();
    expect(findBrowser(a, { TEKSER_BROWSER_PATH: b })).toEqual({ executablePath: a, source: 'option' });
    expect(findBrowser(null, { TEKSER_BROWSER_PATH: b })).toEqual({ executablePath: b, source: 'env' });
  });
  it('names a path that does not exist and says how to get a browser', () => {
    expect(() => findBrowser('/nope/chrome', {})).toThrow(BrowserNotFoundError);
    expect(() => findBrowser('/nope/chrome', {})).toThrow(/--browser-path \/nope\/chrome does not exist[\s\S]*apt-get install chromium/);
  });
  it('falls back to the first system path that exists', () => {
    const sys = fakeBinary();
    const found = findBrowser(null, {}, ['/nope/a', sys]);
    // Playwright's own Chromium wins when it is installed; otherwise the system one.
    expect(found.source === 'playwright' || found.executablePath === sys).toBe(true);
  });
});
