import net from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chromiumHostResolverRules, createLookup, parseResolve } from '../../crawler/hostMapping.ts';

describe('parseResolve', () => {
  it('parses HOST:PORT:ADDR with IPv4 and bracketed IPv6', () => {
    expect(parseResolve('www.Example-Akimat.kz:443:127.0.0.1')).toEqual({ host: 'www.example-akimat.kz', port: 443, address: '127.0.0.1' });
    expect(parseResolve('a.kz:8080:[::1]')).toEqual({ host: 'a.kz', port: 8080, address: '::1' });
    expect(parseResolve(' a.kz:80:[2001:db8::5] ')).toEqual({ host: 'a.kz', port: 80, address: '2001:db8::5' });
  });

  it('rejects malformed specs with a message naming the spec and the expected form', () => {
    for (const bad of ['a.kz', 'a.kz:443', 'a.kz:http:1.2.3.4', 'a.kz:70000:1.2.3.4', ':443:1.2.3.4', 'a.kz:443:localhost', 'a.kz:443:::1', 'a.kz:443:[nope]', 'a.kz:0:1.2.3.4']) {
      expect(() => parseResolve(bad), bad).toThrow(/Invalid --resolve .*expected HOST:PORT:ADDRESS/);
    }
    expect(() => parseResolve('a.kz:443')).toThrow('"a.kz:443"');
  });
});

describe('chromiumHostResolverRules', () => {
  it('builds MAP rules keeping the port', () => {
    expect(chromiumHostResolverRules([])).toBeNull();
    expect(
      chromiumHostResolverRules([
        { host: 'www.a.kz', port: 443, address: '10.0.0.5' },
        { host: 'a.kz', port: 8443, address: '::1' },
      ]),
    ).toBe('MAP www.a.kz:443 10.0.0.5:443, MAP a.kz:8443 [::1]:8443');
  });
});

describe('createLookup', () => {
  const lookup = createLookup([
    { host: 'www.example-akimat.kz', port: 443, address: '127.0.0.1' },
    { host: 'v6.example-akimat.kz', port: 443, address: '::1' },
  ]);
  const call = (host: string, options: object) =>
    new Promise<{ address: unknown; family: unknown }>((resolve, reject) =>
      lookup(host, options, (err, address, family) => (err ? reject(err) : resolve({ address, family }))),
    );

  it('answers mapped hosts (case-insensitively), single and all', async () => {
    expect(await call('WWW.example-akimat.kz', {})).toEqual({ address: '127.0.0.1', family: 4 });
    expect(await call('v6.example-akimat.kz', {})).toEqual({ address: '::1', family: 6 });
    expect(await call('www.example-akimat.kz', { all: true })).toEqual({
      address: [{ address: '127.0.0.1', family: 4 }],
      family: undefined,
    });
  });

  it('falls through to dns.lookup for other hosts', async () => {
    expect(await call('localhost', { family: 4 })).toEqual({ address: '127.0.0.1', family: 4 });
  });

  describe('with net.connect', () => {
    let server: net.Server;
    let port = 0;
    beforeAll(async () => {
      server = net.createServer((s) => s.end('hello'));
      await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
      port = (server.address() as net.AddressInfo).port;
    });
    afterAll(() => new Promise<void>((r) => server.close(() => r())));

    it('connects a mapped hostname to the rule address', async () => {
      const data = await new Promise<string>((resolve, reject) => {
        const sock = net.connect({ host: 'www.example-akimat.kz', port, lookup });
        let buf = '';
        sock.on('data', (d) => (buf += d.toString()));
        sock.on('end', () => resolve(buf));
        sock.on('error', reject);
      });
      expect(data).toBe('hello');
    });
  });
});
