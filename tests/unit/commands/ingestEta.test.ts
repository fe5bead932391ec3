import { describe, expect, it } from 'vitest';
import { formatEta, ingestEtaSeconds } from '../../../src/commands/ingestEta.js';

describe('ingestEtaSeconds', () => {
  it('applies the rate so far to the bytes still unread', () => {
    expect([
      ingestEtaSeconds(250, 1000, 10),
      ingestEtaSeconds(500, 1000, 10),
      ingestEtaSeconds(999, 1000, 999),
      ingestEtaSeconds(1000, 1000, 10),
      ingestEtaSeconds(1200, 1000, 10),
    ]).toEqual([30, 10, 1, 0, 0]);
  });

  it('says nothing when the total is unknown or nothing has been read or timed', () => {
    expect([
      ingestEtaSeconds(500, null, 10),
      ingestEtaSeconds(0, 1000, 10),
      ingestEtaSeconds(500, 1000, 0),
      ingestEtaSeconds(0, 0, 10),
    ]).toEqual([null, null, null, null]);
  });
});

describe('formatEta', () => {
  it('shows seconds, minutes and hours, and nothing when unknown', () => {
    expect([null, 0, 42, 60, 185, 3599, 3600, 3725, 90_000].map(formatEta)).toEqual([
      '',
      '0s',
      '42s',
      '1m00s',
      '3m05s',
      '59m59s',
      '1h00m',
      '1h02m',
      '25h00m',
    ]);
  });
});
