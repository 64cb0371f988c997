import { Observable } from 'rxjs';
import { BoardAlertRaised } from '@carers/contracts';

/** Board alerts as their transactions commit, for the board's live feed; never one that was rolled back. */
export abstract class AlertFeed {
  abstract forCouncil(tenantId: string): Observable<BoardAlertRaised>;
}
