import { describe, expect, it } from 'vitest';
import { archiveLead } from '../../src/lib/archive/list.ts';

const row = (issuer: string, withdrawn = false) => ({ issuer, withdrawn });

describe('archiveLead', () => {
  it('names the publisher as the issuer only when it issued every live report', () => {
    expect(archiveLead('中共某区委', [row('中共某区委'), row('中共某区委')], '巡察')).toContain(
      '本站公开中共某区委发布的巡察整改情况，共2份',
    );
  });
  it('never attributes to the publisher a report another body issued', () => {
    const text = archiveLead('中共某区委', [row('中共某区委'), row('中共某局党组'), row('中共某镇委员会')], '巡视巡察');
    expect(text).not.toMatch(/公开中共某区委发布/);
    expect(text).toContain('本站由中共某区委主办');
    expect(text).toContain('共3份');
  });
  it('names the one issuer when a single other body issued them all', () => {
    expect(archiveLead('中共某区委', [row('中共某局党组')], '巡察')).toContain('公开中共某局党组发布的巡察整改情况，共1份');
  });
  it('counts and names only the reports still published', () => {
    expect(archiveLead('中共某区委', [row('中共某区委'), row('中共某局党组', true)], '巡察')).toContain(
      '本站公开中共某区委发布的巡察整改情况，共1份',
    );
  });
});
