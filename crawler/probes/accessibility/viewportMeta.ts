/** Reading a viewport meta: does it forbid zooming to 200 % (user-scalable=no, maximum-scale < 2)? */

export interface ViewportZoomVerdict {
  forbids: boolean;
  reason: string | null;
}

export function viewportForbidsZoom(content: string | null): ViewportZoomVerdict {
  if (!content) return { forbids: false, reason: null };
  const props = new Map<string, string>();
  for (const part of content.split(/[,;]/)) {
    const [k, v] = part.split('=').map((s) => s.trim().toLowerCase());
    if (k) props.set(k, v ?? '');
  }
  const scalable = props.get('user-scalable');
  if (scalable !== undefined && (scalable === 'no' || scalable === '0' || (Number.parseFloat(scalable) > -1 && Number.parseFloat(scalable) < 1 && scalable !== 'yes'))) {
    return { forbids: true, reason: `user-scalable=${scalable}` };
  }
  const max = props.get('maximum-scale');
  if (max !== undefined) {
    // As the CSS Device Adaptation parsing of the viewport meta: "yes" is 1, "no" 0.1, device-width/height 10.
    const value = max === 'yes' ? 1 : max === 'no' ? 0.1 : /^device-(width|height)$/.test(max) ? 10 : Number.parseFloat(max);
    if (Number.isFinite(value) && value < 2) return { forbids: true, reason: `maximum-scale=${max}` };
  }
  return { forbids: false, reason: null };
}
