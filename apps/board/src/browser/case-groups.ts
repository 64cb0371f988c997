/** Open cases grouped by stage for the cases table, furthest up the ladder first. Pure. */
import type { OpenCase } from '../board-view-models.js';
import { countOf } from './format.js';

/**
 * The stages that hold a case, furthest up the ladder first (`ladder` is lowest first, as /api/board sends it);
 * a stage the ladder does not list comes after the ones it does.
 */
export function stagesHeld(cases: readonly Pick<OpenCase, 'stage'>[], ladder: readonly string[]): string[] {
  return [...new Set([...[...ladder].reverse(), ...cases.map((c) => c.stage)])].filter((st) => cases.some((c) => c.stage === st));
}

/** The cases in each stage held, in the order of `stagesHeld`. */
export function casesByStage<C extends Pick<OpenCase, 'stage'>>(
  cases: readonly C[],
  ladder: readonly string[],
): { stage: string; cases: C[] }[] {
  return stagesHeld(cases, ladder).map((stage) => ({ stage, cases: cases.filter((c) => c.stage === stage) }));
}

/** A stage's heading row: "Remedial plan: 2 cases". */
export const stageHeading = (stageName: string, count: number): string => `${stageName}: ${countOf(count, 'case', 'cases')}`;

/** The line above the table: "3 open cases: Board referral 1, Remedial plan 2." */
export function casesSummary(
  cases: readonly Pick<OpenCase, 'stage'>[],
  ladder: readonly string[],
  stageName: (id: string) => string,
): string {
  if (!cases.length) return 'No open cases.';
  const groups = casesByStage(cases, ladder);
  return `${cases.length} open ${cases.length === 1 ? 'case' : 'cases'}: ${groups.map((g) => `${stageName(g.stage)} ${g.cases.length}`).join(', ')}.`;
}
