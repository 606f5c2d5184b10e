import { strict as assert } from 'node:assert';
import { fixtureOrigin } from './zone-origin';

describe('the origin handed to the external checkers', () => {
  it('is the first $ORIGIN, made absolute and lower-case', () => {
    assert.equal(fixtureOrigin('; c\n$ORIGIN Example.NET.\n$ORIGIN other.\n'), 'example.net.');
    assert.equal(fixtureOrigin('$origin example.org\n'), 'example.org.');
  });

  it('is else the absolute owner of the SOA', () => {
    assert.equal(fixtureOrigin('$TTL 1h\nexample.io. 3600 IN SOA ns h 1 2 3 4 5\n'), 'example.io.');
    assert.equal(fixtureOrigin('$TTL 1h\n@ IN SOA ns h 1 2 3 4 5\n'), 'example.com.');
  });

  it('ignores what sits in comments', () => {
    assert.equal(fixtureOrigin('; $ORIGIN wrong.\nx.test. IN SOA ns h 1 2 3 4 5 ; SOA\n'), 'x.test.');
  });
});
