import { describe, expect, it } from 'vitest';
import { classify, detectPlatform, type Scope } from '../../crawler/discovery/scope.ts';

const classic: Scope = { hosts: ['www.example-akimat.kz'], pathPrefix: null, include: [], exclude: [] };

describe('scope', () => {
  it('detects the unified platform and its entity prefix', () => {
    expect(detectPlatform('https://www.gov.kz/memleket/entities/astana?lang=kk')).toEqual({ platform: 'unified', pathPrefix: '/memleket/entities/astana' });
    expect(detectPlatform('https://www.example-akimat.kz/kz/')).toEqual({ platform: 'classic', pathPrefix: null });
  });
  it('keeps the start host and leaves documents, feeds and other hosts out', () => {
    expect(classify('https://www.example-akimat.kz/kz/news', classic)).toBe('in');
    expect(classify('https://egov.kz/cms/ru', classic)).toBe('other-host');
    expect(classify('https://www.example-akimat.kz/files/plan.pdf', classic)).toBe('document');
    expect(classify('https://www.example-akimat.kz/ru/rss/news.xml', classic)).toBe('feed');
    expect(classify('https://www.example-akimat.kz/sitemap.xml', classic)).toBe('feed');
  });
  it('limits the unified platform to the entity', () => {
    const unified: Scope = { hosts: ['www.gov.kz'], pathPrefix: '/memleket/entities/astana', include: [], exclude: [] };
    expect(classify('https://www.gov.kz/memleket/entities/astana/press/news?lang=kk', unified)).toBe('in');
    expect(classify('https://www.gov.kz/memleket/entities/astana?lang=ru', unified)).toBe('in');
    expect(classify('https://www.gov.kz/memleket/entities/astana-other?lang=ru', unified)).toBe('outside-prefix');
    expect(classify('https://www.gov.kz/services', unified)).toBe('outside-prefix');
  });
  it('applies --include and --exclude', () => {
    const s: Scope = { ...classic, include: ['*/kz/*'], exclude: ['*/kz/archive/*'] };
    expect(classify('https://www.example-akimat.kz/kz/news', s)).toBe('in');
    expect(classify('https://www.example-akimat.kz/ru/news', s)).toBe('excluded');
    expect(classify('https://www.example-akimat.kz/kz/archive/1', s)).toBe('excluded');
  });
});
