import { addressRefusal, parseWebhookTarget } from './webhook-target';

const STRICT = { allowLocal: false };
const LOCAL = { allowLocal: true };

describe('webhook addresses (issue 21, finding 5)', () => {
  it.each([
    ['93.184.215.14', 'a public IPv4 address'],
    ['8.8.8.8', 'a public IPv4 address'],
    ['2606:4700:4700::1111', 'a public IPv6 address'],
    ['::ffff:8.8.8.8', 'a public IPv4 address in IPv4-mapped IPv6 form'],
  ])('allows %s (%s)', (address) => {
    expect(addressRefusal(address, STRICT)).toBeUndefined();
  });

  it.each([
    ['127.0.0.1', /loopback/],
    ['127.255.255.254', /loopback/],
    ['::1', /loopback/],
    ['10.0.0.1', /private/],
    ['172.16.0.1', /private/],
    ['172.31.255.255', /private/],
    ['192.168.1.1', /private/],
    ['169.254.169.254', /metadata/],
    ['169.254.170.2', /metadata/],
    ['169.254.1.1', /link-local/],
    ['fe80::1', /link-local/],
    ['febf::1', /link-local/],
    ['100.64.0.1', /carrier-grade NAT/],
    ['100.127.255.254', /carrier-grade NAT/],
    ['100.100.100.200', /metadata/],
    ['fc00::1', /unique-local/],
    ['fd12:3456::1', /unique-local/],
    ['fd00:ec2::254', /metadata/],
    ['224.0.0.1', /multicast/],
    ['239.255.255.250', /multicast/],
    ['ff02::1', /multicast/],
    ['0.0.0.0', /unspecified/],
    ['0.1.2.3', /unspecified/],
    ['::', /unspecified/],
    ['255.255.255.255', /broadcast/],
    ['192.0.2.1', /special use/],
    ['240.0.0.1', /special use/],
    ['198.18.0.1', /special use/],
    ['2001:db8::1', /special use/],
    ['::7f00:1', /special use/],
    ['64:ff9b::a00:1', /special use/],
    ['2002:a00:1::', /special use/],
    ['fec0::1', /special use/],
    ['not an address', /special use/],
  ])('refuses %s', (address, reason) => {
    expect(addressRefusal(address, STRICT)).toMatch(reason);
  });

  it.each([
    ['::ffff:127.0.0.1', /loopback/],
    ['::ffff:7f00:1', /loopback/],
    ['::ffff:10.0.0.1', /private/],
    ['::ffff:192.168.0.10', /private/],
    ['::ffff:169.254.169.254', /metadata/],
    ['::ffff:169.254.10.10', /link-local/],
    ['::ffff:100.64.0.1', /carrier-grade NAT/],
    ['::ffff:224.0.0.1', /multicast/],
    ['::ffff:0.0.0.0', /unspecified/],
  ])('judges the IPv4 address inside the IPv4-mapped IPv6 address %s', (address, reason) => {
    expect(addressRefusal(address, STRICT)).toMatch(reason);
  });

  it('lets loopback, private, CGNAT and unique-local receivers through only with the development allowance, and never metadata or link-local ones', () => {
    for (const address of ['127.0.0.1', '::1', '10.0.0.1', '192.168.1.1', '100.64.0.1', 'fd12::1', '::ffff:127.0.0.1'])
      expect({ address, refusal: addressRefusal(address, LOCAL) }).toEqual({ address, refusal: undefined });
    for (const address of ['169.254.169.254', '169.254.1.1', 'fe80::1', '100.100.100.200', 'fd00:ec2::254', '224.0.0.1', '0.0.0.0', '::'])
      expect({ address, refused: !!addressRefusal(address, LOCAL) }).toEqual({ address, refused: true });
  });
});

describe('webhook URLs as written', () => {
  it('takes an https URL to a name or a public address', () => {
    expect(parseWebhookTarget('https://board.example.gov.uk/carers-alerts', STRICT)).toMatchObject({
      ok: true,
      host: 'board.example.gov.uk',
      literal: false,
    });
    expect(parseWebhookTarget('https://93.184.215.14:8443/hook', STRICT)).toMatchObject({ ok: true, host: '93.184.215.14', literal: true });
  });

  it('refuses http outside development, and credentials in the URL', () => {
    expect(parseWebhookTarget('http://board.example.gov.uk/', STRICT)).toEqual({ ok: false, reason: 'must be an https URL' });
    expect(parseWebhookTarget('ftp://board.example.gov.uk/', LOCAL)).toEqual({ ok: false, reason: 'must be an https URL' });
    expect(parseWebhookTarget('not a url', STRICT)).toEqual({ ok: false, reason: 'must be an https URL' });
    expect(parseWebhookTarget('https://user:pw@board.example.gov.uk/', STRICT)).toMatchObject({
      ok: false,
      reason: /user name or password/,
    });
    expect(parseWebhookTarget('http://127.0.0.1:8080/hook', LOCAL)).toMatchObject({ ok: true });
  });

  it('refuses cloud metadata names whatever case or trailing dot they are written with', () => {
    for (const name of ['metadata.google.internal', 'METADATA.GOOGLE.INTERNAL.', 'metadata', 'instance-data', 'metadata.goog'])
      expect(parseWebhookTarget(`https://${name}/computeMetadata/v1/`, LOCAL)).toMatchObject({ ok: false, reason: /metadata/ });
  });

  it('refuses address literals in every spelling the URL parser accepts', () => {
    for (const target of [
      'https://169.254.169.254/latest/meta-data/',
      'https://2130706433/',
      'https://0x7f.1/',
      'https://0177.0.0.1/',
      'https://[::1]/',
      'https://[::ffff:127.0.0.1]/',
      'https://[::ffff:a9fe:a9fe]/',
      'https://[fe80::1]/',
      'https://10.0.0.1/',
      'https://0.0.0.0/',
    ])
      expect({ target, ok: parseWebhookTarget(target, STRICT).ok }).toEqual({ target, ok: false });
  });
});
