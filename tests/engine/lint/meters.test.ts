import { describe, expect, it } from 'vitest';
import { at, lintWith, onlyFinding, pathsOf } from './builder';

type Obj = Record<string, unknown>;

describe('meters', () => {
  it('LD105: a required meter is missing', () => {
    const findings = lintWith((s) => {
      at<Obj>(s, 'meters', 2).id = 'money';
    });
    expect(onlyFinding(findings, 'LD105')).toMatchObject({
      path: ['meters'],
      severity: 'error',
      message: 'missing meter "legalRisk": the engine reads trust, security, legalRisk',
    });
  });

  it('LD105: a near miss is named', () => {
    const findings = lintWith((s) => {
      at<Obj>(s, 'meters', 2).id = 'legalrisk';
    });
    expect(onlyFinding(findings, 'LD105').message).toBe(
      'missing meter "legalRisk": the engine reads trust, security, legalRisk; is "legalrisk" meant to be "legalRisk"?',
    );
  });

  it('LD105: extra meters are fine', () => {
    const findings = lintWith((s) => {
      s.meters.push({ id: 'money', label: { ko: '돈', en: 'Money' }, start: 3 });
    });
    expect(pathsOf(findings, 'LD105')).toEqual([]);
  });

  it('LD301: max must be greater than min', () => {
    const findings = lintWith((s) => {
      s.meters.push({ id: 'money', label: { ko: '돈', en: 'Money' }, min: 5, max: 5, start: 5 });
    });
    expect(onlyFinding(findings, 'LD301')).toMatchObject({
      path: ['meters', 3, 'max'],
      message: 'max (5) must be greater than min (5)',
    });
  });

  it('LD302: start outside min..max, and inside it', () => {
    const outside = lintWith((s) => {
      s.meters.push({ id: 'money', label: { ko: '돈', en: 'Money' }, min: -10, max: 10, start: 11 });
    });
    expect(pathsOf(outside, 'LD302')).toEqual([['meters', 3, 'start']]);
    const inside = lintWith((s) => {
      s.meters.push({ id: 'money', label: { ko: '돈', en: 'Money' }, min: -10, max: 10, start: -10 });
    });
    expect(pathsOf(inside, 'LD302')).toEqual([]);
  });

  it('LD303: start inside the low warning zone or the high fail zone', () => {
    const findings = lintWith((s) => {
      at<Obj>(s, 'meters', 0).start = 20;
      at<Obj>(s, 'meters', 1).start = 96;
      at<Obj>(s, 'meters', 1).high = { fail: 95, warn: 90 };
    });
    expect(pathsOf(findings, 'LD303')).toEqual([
      ['meters', 0, 'start'],
      ['meters', 1, 'start'],
    ]);
    expect(
      pathsOf(
        lintWith((s) => (at<Obj>(s, 'meters', 0).start = 21)),
        'LD303',
      ),
    ).toEqual([]);
  });

  it('LD304: thresholds out of order', () => {
    const findings = lintWith((s) => {
      at<Obj>(s, 'meters', 0).low = { fail: 20, warn: 20 };
      at<Obj>(s, 'meters', 1).high = { warn: 15, fail: 95 };
      at<Obj>(s, 'meters', 1).start = 10;
    });
    expect(pathsOf(findings, 'LD304')).toEqual([
      ['meters', 0, 'low', 'warn'],
      ['meters', 1, 'high', 'warn'],
    ]);
    expect(findings.find((f) => f.code === 'LD304')?.message).toBe(
      'low.warn (20) must be greater than low.fail (20): thresholds go low.fail < low.warn < high.warn < high.fail',
    );
  });

  it('LD305: a threshold outside min..max is never reached', () => {
    const findings = lintWith((s) => {
      at<Obj>(s, 'meters', 2).high = { warn: 80, fail: 101 };
    });
    expect(onlyFinding(findings, 'LD305')).toMatchObject({
      path: ['meters', 2, 'high', 'fail'],
      severity: 'error',
    });
    expect(
      pathsOf(
        lintWith((s) => (at<Obj>(s, 'meters', 2).high = { warn: 80, fail: 100 })),
        'LD305',
      ),
    ).toEqual([]);
  });

  it('LD306: a meter must warn before it fails', () => {
    const findings = lintWith((s) => {
      at<Obj>(s, 'meters', 2).high = { fail: 95 };
    });
    expect(onlyFinding(findings, 'LD306')).toMatchObject({
      path: ['meters', 2, 'high', 'fail'],
      severity: 'error',
      message: 'a meter must warn before it fails: give high.warn as well as high.fail',
    });
    expect(
      pathsOf(
        lintWith((s) => (at<Obj>(s, 'meters', 2).high = { warn: 90 })),
        'LD306',
      ),
    ).toEqual([]);
  });

  it('LD307: a warningEvent on a side without warn', () => {
    const findings = lintWith((s) => {
      at<Obj>(s, 'meters', 0).low = { warningEvent: 'warning' };
    });
    expect(onlyFinding(findings, 'LD307')).toMatchObject({
      path: ['meters', 0, 'low', 'warningEvent'],
      severity: 'warning',
    });
    expect(pathsOf(lintWith(), 'LD307')).toEqual([]);
  });
});
