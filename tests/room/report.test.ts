import { describe, expect, test } from 'vitest';
import { buildDebrief, judgeObjectives } from '../../src/engine';
import {
  ClientMessage,
  escapeMarkdown,
  MAX_IMPROVEMENTS,
  type RoomReport,
  reportMarkdown,
  roomReport,
  roomView,
} from '../../src/room';
import { ROOM_TEXT } from '../../src/ui/room/room-text';
import { playToEnd } from './play-room';
import { A, B, C, CONTROL, driven } from './sample-room';

const VOTERS = [A, B, C];
const isoDay = (ms: number) => new Date(ms).toISOString().slice(0, 10);
const markdown = (report: RoomReport, locale: 'en' | 'ko' = 'en') =>
  reportMarkdown(report, { locale, labels: ROOM_TEXT[locale].report, formatDate: isoDay });

/** The sample played to its end: on even decisions all agree, on odd ones the room splits and ties. */
function playedRoom() {
  const r = driven();
  for (const who of VOTERS) r.join(who);
  const outcomes = playToEnd(r, VOTERS, (voter, decision, choices) =>
    decision % 2 === 0 ? (choices[0] as string) : voter === 2 ? null : (choices[voter] as string),
  );
  return Object.assign(r, { outcomes });
}

describe('the after-action report', () => {
  test('shows every decision with the room’s votes, what was played, and the engine’s judgements', () => {
    const r = playedRoom();
    r.send(CONTROL, { type: 'note', decision: 1, text: 'Split on the paperwork' });
    const report = roomReport(r.room, 9_000);
    const debrief = buildDebrief(r.room.scenario, r.room.run);
    expect(report.ending?.id).toBe(debrief.ending?.id);
    expect(report.decisions.map((d) => d.number)).toEqual(debrief.decisions.map((d) => d.number));
    expect(report.room).toMatchObject({ code: 'ABCDE', participants: 3, generatedAt: 9_000 });
    // Every vote played is in the report with its counts, its played choice and whether a tie was broken.
    expect(r.room.played.length).toBeGreaterThan(2);
    for (const played of r.room.played) {
      const vote = report.decisions.find((d) => d.number === played.decision)?.vote;
      expect(vote, `decision ${played.decision}`).toBeDefined();
      for (const option of vote?.options ?? []) expect(option.votes).toBe(played.counts[option.id]);
      expect(vote?.options.filter((o) => o.played).map((o) => o.id)).toEqual([played.chosen]);
      expect(vote?.tieBroken).toBe(played.tieBroken);
    }
    // A negotiation is played by the facilitator: it is in the report without a vote.
    const unvoted = report.decisions.filter((d) => d.vote === null);
    expect(unvoted.map((d) => d.kind).every((kind) => kind !== 'choice')).toBe(true);
    // The objectives are the engine's own judgement of the room's run.
    expect(report.objectives.map((o) => [o.id, o.status])).toEqual(
      judgeObjectives(r.room.scenario, r.room.run).map((j) => [j.id, j.status]),
    );
    expect(report.decisions.find((d) => d.number === 1)?.note).toBe('Split on the paperwork');
    // What happened: as the outcome screen showed it after each decision.
    expect(r.outcomes.size).toBe(report.decisions.length);
    for (const d of report.decisions)
      expect(d.outcome, `decision ${d.number}`).toEqual(r.outcomes.get(d.number));
    expect(JSON.parse(JSON.stringify(report))).toEqual(report);
  });

  test('a negotiation is in it with the room’s count per clause, the agreed terms and what happened', () => {
    const r = driven();
    for (const who of VOTERS) r.join(who);
    // In the sample, the second option of the first card leads to the joint lab agreement's negotiation.
    const outcomes = playToEnd(
      r,
      VOTERS,
      (_, decision, choices) => choices[decision === 0 ? 1 : 0] as string,
    );
    const report = roomReport(r.room, 0);
    const negotiated = report.decisions.filter((d) => d.kind !== 'choice');
    expect(negotiated.length).toBeGreaterThan(0);
    for (const d of negotiated) {
      expect(d.vote).toBeNull();
      expect(d.played.length).toBeGreaterThan(0);
      expect(d.played.every((p) => p.clause !== null)).toBe(true);
      expect(d.outcome).toEqual(outcomes.get(d.number));
      const played = r.room.played.find((p) => p.decision === d.number);
      // Voted clause by clause when the room voted on it; each count is the room's, the terms marked.
      if (played?.negotiation === undefined) expect(d.clauseVotes).toEqual([]);
      else {
        expect(d.clauseVotes.length).toBe(Object.keys(played.negotiation.clauses).length);
        for (const clause of d.clauseVotes) {
          expect(clause.total).toBeLessThanOrEqual(VOTERS.length);
          expect(clause.options.filter((o) => o.played).length).toBeLessThanOrEqual(1);
        }
      }
    }
    const text = markdown(report);
    const voted = negotiated.some((d) => d.clauseVotes.length > 0);
    expect(text).toContain(voted ? ROOM_TEXT.en.report.clause : ROOM_TEXT.en.report.noVote);
  });

  test('names the most split decisions, most split first, and none where the room agreed', () => {
    const report = roomReport(playedRoom().room, 0);
    const splits = report.decisions.map((d) => d.vote?.split ?? 0);
    expect(report.mostSplit.length).toBeGreaterThan(0);
    const named = report.mostSplit.map((n) => splits[n] ?? 0);
    expect(named.every((s) => s > 0)).toBe(true);
    expect([...named].sort((a, b) => b - a)).toEqual(named);
    expect(Math.min(...named)).toBeGreaterThanOrEqual(
      Math.max(0, ...splits.filter((_, n) => !report.mostSplit.includes(n))),
    );
    for (const n of report.mostSplit) expect(n % 2).toBe(1);
  });

  test('a report mid-scenario has no ending and only the decisions taken so far', () => {
    const r = driven();
    const report = roomReport(r.room, 0);
    expect(report.ending).toBeNull();
    expect(report.decisions).toEqual([]);
    expect(markdown(report)).toContain(ROOM_TEXT.en.report.notEnded);
  });
});

describe('improvement items', () => {
  const item = (action: string, owner = '', due = '') => ({ action, owner, due });

  test('are added, edited and removed by the facilitator only, ids never reused', () => {
    const r = driven();
    r.join(A);
    expect(r.send(A, { type: 'improvement', op: 'add', item: item('x') })).toEqual({
      ok: false,
      refusal: 'forbidden',
    });
    r.send(CONTROL, {
      type: 'improvement',
      op: 'add',
      item: item('Screen visitors', 'Security', '2027-01-31'),
    });
    r.send(CONTROL, { type: 'improvement', op: 'add', item: item('Model agreement') });
    r.send(CONTROL, { type: 'improvement', op: 'remove', id: 2 });
    r.send(CONTROL, { type: 'improvement', op: 'add', item: item('Export check') });
    r.send(CONTROL, {
      type: 'improvement',
      op: 'edit',
      id: 1,
      item: item('Screen all visitors', 'Security'),
    });
    expect(r.room.improvements).toEqual([
      { id: 1, action: 'Screen all visitors', owner: 'Security', due: '' },
      { id: 3, action: 'Export check', owner: '', due: '' },
    ]);
    expect(roomView(r.room, 'control', { now: 0 }).control?.improvements).toEqual(r.room.improvements);
    expect(roomView(r.room, 'display', { now: 0 }).control).toBeNull();
    expect(r.send(CONTROL, { type: 'improvement', op: 'edit', id: 2, item: item('y') })).toEqual({
      ok: false,
      refusal: 'no-such-item',
    });
    expect(r.send(CONTROL, { type: 'improvement', op: 'add', item: item('') })).toEqual({
      ok: false,
      refusal: 'empty-item',
    });
    expect(roomReport(r.room, 0).improvements).toEqual(r.room.improvements);
  });

  test('are size-limited: the list, and each text as the protocol reads it', () => {
    const r = driven();
    for (let i = 0; i < MAX_IMPROVEMENTS; i++)
      expect(r.send(CONTROL, { type: 'improvement', op: 'add', item: item(`a${i}`) }).ok).toBe(true);
    expect(r.send(CONTROL, { type: 'improvement', op: 'add', item: item('one more') })).toEqual({
      ok: false,
      refusal: 'too-many-items',
    });
    const message = (fields: Record<string, unknown>) =>
      ClientMessage.safeParse({ type: 'improvement', token: CONTROL, seq: 1, op: 'add', ...fields });
    const cleaned = message({ item: item('  Check\u0000 the\u202e list \n now ', 'Legal', '2027-02-28') });
    expect(cleaned.success && cleaned.data.type === 'improvement' && cleaned.data.item).toEqual(
      item('Check the list now', 'Legal', '2027-02-28'),
    );
    expect(message({ item: item('a'.repeat(301)) }).success).toBe(false);
    expect(message({ item: item('a', 'b'.repeat(81)) }).success).toBe(false);
    expect(message({ item: item('a', '', '31/01/2027') }).success).toBe(false);
    expect(message({ item: { ...item('a'), extra: 1 } }).success).toBe(false);
  });
});

describe('the report as Markdown', () => {
  test('has every section, in either language', () => {
    const report = roomReport(playedRoom().room, 0);
    for (const locale of ['en', 'ko'] as const) {
      const labels = ROOM_TEXT[locale].report;
      const text = markdown(report, locale);
      for (const heading of [labels.objectives, labels.decisions, labels.mostSplit, labels.improvements])
        expect(text).toContain(`## ${heading}`);
      expect(text.match(/^### /gm)?.length).toBe(report.decisions.length);
      expect(text).toContain(escapeMarkdown(report.scenario.title[locale] ?? ''));
    }
  });

  test('keeps untrusted text as text: markup, links, tables and list starts are escaped', () => {
    const r = playedRoom();
    const hostile = '<script>alert(1)</script> **bold** [link](javascript:x) | cell | `code` &amp;';
    r.send(CONTROL, { type: 'note', decision: 0, text: `${hostile}\n# heading\n1. list\n- item\n> quote` });
    r.send(CONTROL, {
      type: 'improvement',
      op: 'add',
      item: { action: 'a | b <img src=x onerror=y>', owner: '_me_', due: '2027-03-01' },
    });
    const text = markdown(roomReport(r.room, 0));
    expect(text).not.toContain('<script>');
    expect(text).not.toContain('<img');
    expect(text).toContain('&lt;script&gt;');
    expect(text).toContain('\\*\\*bold\\*\\*');
    expect(text).toContain('\\[link\\]\\(javascript:x\\)');
    expect(text).toContain('&amp;amp;');
    expect(text).toContain('> \\# heading');
    expect(text).toContain('> 1\\. list');
    expect(text).toContain('> \\- item');
    expect(text).toContain('> &gt; quote');
    expect(text).toContain('| a \\| b &lt;img src=x onerror=y&gt; | \\_me\\_ | 2027-03-01 |');
  });
});
