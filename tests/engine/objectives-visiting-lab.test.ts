import { beforeEach, describe, expect, it } from 'vitest';
import { judgeObjectives, type ObjectiveJudgement } from '../../src/engine';
import { loadSample, Player } from './present/player';

/**
 * The objective judgement, specified on the sample: real paths taken by author ids, and what each
 * objective's status is and which decisions stand behind it.
 */
const scenario = loadSample();
const judged = (player: Player) => judgeObjectives(scenario, player.run);
const summary = (judgements: readonly ObjectiveJudgement[]) =>
  Object.fromEntries(judgements.map((j) => [j.id, [j.status, j.shows, j.against]]));
const evidenceOf = (player: Player, id: string) =>
  judged(player)
    .find((j) => j.id === id)
    ?.evidence.map((e) => [e.event, e.clause, e.option, e.tag, e.turn]);

const AGREEMENT = {
  scope: 'science-plus-characterisation',
  data: 'tiered',
  ip: 'by-inventor',
  publication: 'review-120',
};

describe('objectives in The Visiting Lab', () => {
  let player: Player;
  beforeEach(() => {
    player = new Player(scenario, 7);
  });

  it('judges nothing met before the first decision, though the first card is on screen', () => {
    expect(player.view.card?.event).toBe('visiting-lab-proposal');
    expect(summary(judged(player))).toEqual({
      'classify-first': ['not-met', 0, 0],
      'segment-by-contract': ['not-met', 0, 0],
      'proportionate-protection': ['not-met', 0, 0],
    });
  });

  it('accepting the lab as offered goes against segmenting by contract: missed', () => {
    player.choose('accept-as-offered');
    expect(summary(judged(player))['segment-by-contract']).toEqual(['missed', 0, 1]);
    expect(evidenceOf(player, 'segment-by-contract')).toEqual([
      ['visiting-lab-proposal', null, 'accept-as-offered', 'against', 1],
    ]);
  });

  it('a counter the player accepts counts as their term: the 30-day review shows segmenting by contract', () => {
    player.choose('negotiate').continue().propose(AGREEMENT).acceptCounter();
    // Each clause counts on its own: scope and IP as proposed, publication as countered.
    expect(evidenceOf(player, 'segment-by-contract')).toEqual([
      ['visiting-lab-proposal', null, 'negotiate', 'shows', 1],
      ['joint-lab-agreement', 'scope', 'science-plus-characterisation', 'shows', 1],
      ['joint-lab-agreement', 'ip', 'by-inventor', 'shows', 1],
      ['joint-lab-agreement', 'publication', 'review-30', 'shows', 1],
    ]);
    expect(summary(judged(player))['segment-by-contract']).toEqual(['shown', 4, 0]);
    expect(evidenceOf(player, 'proportionate-protection')).toEqual([
      ['joint-lab-agreement', 'data', 'tiered', 'shows', 1],
    ]);
  });

  it('walking away counts the position the player last proposed', () => {
    player
      .choose('negotiate')
      .continue()
      .propose({ ...AGREEMENT, scope: 'full-process' })
      .walkAway();
    expect(player.view.outcome?.kind).toBe('no-deal');
    expect(evidenceOf(player, 'classify-first')).toEqual([
      ['joint-lab-agreement', 'scope', 'full-process', 'against', 1],
    ]);
  });

  it('seeing the recipe card is not enough; sending the file unclassified misses "classify first"', () => {
    player.choose('negotiate').continue().propose(AGREEMENT).acceptCounter().continue();
    player.choose('later').continue();
    expect(player.view.card?.event).toBe('recipe-request');
    expect(summary(judged(player))['classify-first']).toEqual(['not-met', 0, 0]);
    player.choose('send-file');
    expect(summary(judged(player))['classify-first']).toEqual(['missed', 0, 1]);
  });

  it('a whole term: one objective shown by four decisions, one missed, one shown despite a deferral', () => {
    player.choose('negotiate').continue().propose(AGREEMENT).acceptCounter().continue();
    player.choose('later').continue().choose('joint-diagnosis').continue().choose('follow-agreement');
    player.continue().choose('carry-on').continue().choose('decline-invite').continue();
    player.choose('stand-firm').continue().choose('decline-tour').continue();
    expect(player.view.ending?.id).toBe('half-open');
    expect(summary(judged(player))).toEqual({
      'classify-first': ['missed', 0, 1],
      'segment-by-contract': ['shown', 6, 0],
      'proportionate-protection': ['shown', 2, 1],
    });
    expect(evidenceOf(player, 'classify-first')).toEqual([
      ['partner-screening', null, 'carry-on', 'against', 5],
    ]);
    expect(
      judged(player)
        .find((j) => j.id === 'segment-by-contract')
        ?.evidence.map((e) => e.decision),
    ).toEqual([0, 1, 1, 1, 3, 4]);
    // Deferring the control plan went against proportionate protection; the tiered data clause and
    // declining a passport rule outweigh it.
    expect(evidenceOf(player, 'proportionate-protection')?.map((e) => [e[2], e[3]])).toEqual([
      ['tiered', 'shows'],
      ['later', 'against'],
      ['decline-invite', 'shows'],
    ]);
  });
});
