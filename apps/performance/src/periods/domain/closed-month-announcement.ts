import { Clearance, MonthClosure } from '@carers/contracts';
import { KpiDefinition } from '../../kpis/domain/kpi-definition';
import { KpiFacts, kpiFacts, kpiStatusKey } from '../../kpis/domain/kpi-facts';
import { ClosedValue, Relief } from './period';
import { reliefFor } from './relief';

/** A closed month's figure as announced on the KPI-status topic (ADR 0016): codes and figures only, never an officer's reasons. */
export interface ClosedMonthAnnouncement {
  /** The events' aggregate and key, the same as the live values'. */
  key: string;
  data: KpiFacts & { breached: boolean; closure: MonthClosure; clearedBy?: Clearance };
}

export interface ClosedFigure {
  value: ClosedValue;
  closure: MonthClosure;
  /** The month's relief: a relief covering the value takes its breach away. */
  reliefs: readonly Relief[];
  /** The definition the value was measured by (its version), for the thresholds and breach rule. */
  definition: KpiDefinition | undefined;
  measuredAt: string;
  /** The frozen figure an upheld dispute has just replaced with `value`. */
  replaced?: ClosedValue;
}

/** What to announce of one frozen value: breached after relief, and what cleared a breach the month had. */
export function closedMonthAnnouncement(f: ClosedFigure): ClosedMonthAnnouncement {
  const { value } = f;
  const relieved = !!reliefFor(value, f.reliefs);
  const clearedByDispute = !value.breached && (f.replaced?.breached || value.clearedBy === 'dispute-upheld');
  const clearedBy: Clearance | undefined = value.breached && relieved ? 'relief' : clearedByDispute ? 'dispute-upheld' : undefined;
  return {
    key: kpiStatusKey(value),
    data: {
      ...kpiFacts(value, f.definition, f.measuredAt),
      breached: value.breached && !relieved,
      closure: f.closure,
      ...(clearedBy && { clearedBy }),
    },
  };
}
