/**
 * What belongs to the audited site: the start URL's host (and the host it redirected to), on
 * the unified platform only the entity's path prefix (/memleket/entities/<slug>), minus
 * documents and feeds (checked separately), filtered by --include/--exclude.
 */
import { isDocumentUrl, isFeedLikeUrl, matchesPatterns } from '../url/normalizeUrl.ts';

export interface Scope {
  hosts: string[];
  pathPrefix: string | null;
  include: string[];
  exclude: string[];
}

const UNIFIED_RE = /^\/memleket\/entities\/([^/?#]+)/;

export function detectPlatform(url: string): { platform: 'classic' | 'unified'; pathPrefix: string | null } {
  const m = UNIFIED_RE.exec(new URL(url).pathname);
  return m ? { platform: 'unified', pathPrefix: `/memleket/entities/${m[1]}` } : { platform: 'classic', pathPrefix: null };
}

export function hostKey(url: string): string {
  return new URL(url).host.toLowerCase();
}

export type ScopeVerdict = 'in' | 'other-host' | 'outside-prefix' | 'document' | 'feed' | 'excluded';

export function classify(url: string, scope: Scope): ScopeVerdict {
  const u = new URL(url);
  if (!scope.hosts.includes(u.host.toLowerCase())) return 'other-host';
  if (scope.pathPrefix && !(u.pathname === scope.pathPrefix || u.pathname.startsWith(`${scope.pathPrefix}/`))) return 'outside-prefix';
  if (isDocumentUrl(url)) return 'document';
  if (isFeedLikeUrl(url) || /\.xml$/i.test(u.pathname)) return 'feed';
  if (scope.include.length > 0 && !matchesPatterns(url, scope.include)) return 'excluded';
  if (scope.exclude.length > 0 && matchesPatterns(url, scope.exclude)) return 'excluded';
  return 'in';
}
