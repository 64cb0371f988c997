import { BoardAlertRaised } from '@carers/contracts';
import { Tx } from '@carers/platform/persistence';
import { AlertView } from './board-views.repository';

/**
 * Alerts for the Performance and Outcomes Board: stored, queued for every notification channel the council
 * configured, and signalled (on commit) to the live feed of every replica.
 */
export abstract class BoardAlertRepository {
  abstract add(tx: Tx, alert: BoardAlertRaised): Promise<void>;
  abstract acknowledge(tx: Tx, id: string, by: string): Promise<AlertView | undefined>;
}
