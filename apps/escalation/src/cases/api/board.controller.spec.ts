import { NEVER, Subject, lastValueFrom, toArray } from 'rxjs';
import { BoardAlertRaised } from '@carers/contracts';
import { Principal } from '@carers/platform/auth';
import { AlertFeed } from '../application/alert-feed.port';
import { BoardController } from './board.controller';

describe("the board's live feed", () => {
  const feedOf = (alerts: Subject<BoardAlertRaised>): AlertFeed => ({ forCouncil: () => alerts });
  const member = (expiresAt?: Date): Principal => ({ subject: 'member-1', roles: ['board-member'], tenantId: 'E06000054', expiresAt });

  it("ends when the caller's token expires, so an expired session hears no more alerts (issue 21, finding 8)", async () => {
    const alerts = new Subject<BoardAlertRaised>();
    const controller = new BoardController({} as never, {} as never, feedOf(alerts));
    const heard = lastValueFrom(controller.live(member(new Date(Date.now() + 200))).pipe(toArray()));
    alerts.next({ alertId: 1 } as unknown as BoardAlertRaised);
    const events = await heard;
    expect(events.map((e) => e.type)).toEqual(['alert']);
    alerts.next({ alertId: 2 } as unknown as BoardAlertRaised);
    expect(alerts.observed).toBe(false);
  });

  it('stays open for a caller whose token has no expiry to end it', () => {
    const controller = new BoardController({} as never, {} as never, { forCouncil: () => NEVER });
    const subscription = controller.live(member()).subscribe();
    expect(subscription.closed).toBe(false);
    subscription.unsubscribe();
  });
});
