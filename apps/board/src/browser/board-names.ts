/** Names for the ids the services send: providers and KPIs (learnt from the RAG matrix) and the ladder's stages (from /api/board). Pure. */
import type { RagMatrix, StageOption } from '../board-view-models.js';

export class BoardNames {
  private readonly providers = new Map<string, string>();
  private readonly kpis = new Map<string, string>();
  private readonly stages = new Map<string, string>();

  /** Members first, then consortia; a KPI by its short name. */
  rememberMatrix(matrix: Pick<RagMatrix, 'rows' | 'columns'>): void {
    for (const r of matrix.rows) if (!r.consortium) this.providers.set(r.providerId, r.name);
    for (const r of matrix.rows) if (r.consortium) this.providers.set(r.providerId, r.name);
    for (const c of matrix.columns) this.kpis.set(c.kpiId, c.shortName);
  }

  rememberStages(stages: readonly StageOption[]): void {
    for (const s of stages) this.stages.set(s.id, s.name);
  }

  /** Each falls back to the id itself, so nothing is ever blank. */
  provider = (id: string): string => this.providers.get(id) ?? id;
  kpi = (id: string): string => this.kpis.get(id) ?? id;
  stage = (id: string): string => this.stages.get(id) ?? id;
}
