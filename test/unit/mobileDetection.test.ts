import { describe, expect, it } from 'vitest';
import { isMobileLocation, isResponsive } from '../../crawler/mobile/mobileProbe.ts';

describe('mobile detection', () => {
  it('recognises a mobile host or path', () => {
    expect(isMobileLocation('http://m.www.example-akimat.kz:8080/kz/', 'www.example-akimat.kz:8080')).toBe(true);
    expect(isMobileLocation('https://m.example.kz/ru/', 'www.example.kz')).toBe(true);
    expect(isMobileLocation('https://www.example.kz/mobile/ru', 'www.example.kz')).toBe(true);
    expect(isMobileLocation('https://www.example.kz/kz/', 'www.example.kz')).toBe(false);
    expect(isMobileLocation('https://www.example.kz/media/photo', 'www.example.kz')).toBe(false);
  });
  it('calls a page responsive only with a device-width viewport and no horizontal scroll', () => {
    const fits = [{ width: 360, scrollWidth: 360 }, { width: 414, scrollWidth: 414 }];
    expect(isResponsive('width=device-width, initial-scale=1', fits)).toBe(true);
    expect(isResponsive(null, fits)).toBe(false);
    expect(isResponsive('width=1200', fits)).toBe(false);
    expect(isResponsive('width=device-width', [{ width: 360, scrollWidth: 1200 }])).toBe(false);
  });
});
