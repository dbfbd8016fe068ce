import { describe, expect, it } from 'vitest';
import { hostGate } from '../../crawler/audit/hostGate.ts';

const tick = () => new Promise((r) => setTimeout(r, 5));

describe('hostGate', () => {
  it('keeps to its slots, first come first served, an urgent task ahead of the queue', async () => {
    const gate = hostGate(2);
    let running = 0;
    let most = 0;
    const order: string[] = [];
    const task = (name: string) => async () => {
      running++;
      most = Math.max(most, running);
      order.push(name);
      await tick();
      running--;
      return name;
    };
    const all = [gate(task('a')), gate(task('b')), gate(task('c')), gate(task('d'))];
    all.push(gate.urgent(task('lighthouse')));
    expect(await Promise.all(all)).toEqual(['a', 'b', 'c', 'd', 'lighthouse']);
    expect(most).toBe(2);
    expect(order.slice(0, 3)).toEqual(['a', 'b', 'lighthouse']);
  });

  it('frees the slot of a task that fails, even synchronously', async () => {
    const gate = hostGate(1);
    await expect(gate(() => { throw new Error('boom'); })).rejects.toThrow('boom');
    await expect(gate(() => Promise.reject(new Error('later')))).rejects.toThrow('later');
    expect(await gate(async () => 'next')).toBe('next');
  });
});
