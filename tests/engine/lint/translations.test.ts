import { describe, expect, it } from 'vitest';
import { at, lintWith, onlyFinding, pathsOf } from './builder';

type Obj = Record<string, unknown>;

describe('translations', () => {
  it('LD401 and LD402: a missing locale is reported at the text', () => {
    const findings = lintWith((s) => {
      s.title = { en: 'Only English' };
      at<Obj>(s, 'events', 2, 'negotiation', 'responses', 0).text = { ko: '좋아요' };
      s.debriefQuestions = [{ ko: '왜?' }];
    });
    expect(onlyFinding(findings, 'LD401')).toMatchObject({
      path: ['title'],
      severity: 'warning',
      message: 'missing Korean (ko) text',
    });
    expect(pathsOf(findings, 'LD402')).toEqual([
      ['events', 2, 'negotiation', 'responses', 0, 'text'],
      ['debriefQuestions', 0],
    ]);
  });

  it('LD403: identical long texts', () => {
    const same = 'Export Administration Regulations';
    const findings = lintWith((s) => {
      at<Obj>(s, 'references', 0).title = { ko: same, en: same };
    });
    expect(onlyFinding(findings, 'LD403')).toMatchObject({
      path: ['references', 0, 'title'],
      severity: 'warning',
    });
    expect(pathsOf(findings, 'LD404')).toEqual([]);
  });

  it('LD403: identical short names are fine', () => {
    const findings = lintWith((s) => {
      at<Obj>(s, 'characters', 0).name = { ko: 'Dr. Kim', en: 'Dr. Kim' };
    });
    expect(pathsOf(findings, 'LD403')).toEqual([]);
  });

  it('LD404: Korean text without Hangul', () => {
    const findings = lintWith((s) => {
      at<Obj>(s, 'events', 0).title = { ko: 'A visit', en: 'A visit from abroad' };
    });
    expect(onlyFinding(findings, 'LD404')).toMatchObject({
      path: ['events', 0, 'title', 'ko'],
      severity: 'warning',
    });
  });

  it('LD404: digits and punctuation alone are fine', () => {
    const findings = lintWith((s) => {
      at<Obj[]>(s, 'calendar', 'labels')[0] = { ko: '2026', en: '2026' };
    });
    expect(pathsOf(findings, 'LD404')).toEqual([]);
  });
});
