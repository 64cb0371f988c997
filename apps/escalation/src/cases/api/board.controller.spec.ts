import { NEVER, Subject, lastValueFrom, toArray } from 'rxjs';
import { BoardAlertRaised } from '@carers/contracts';
import { Principal } from '@carers/platform/auth';
import { AlertFeed } from '../application/alert-feed.port';
import { BoardController } from './board.controller';
import { LiveStreamQuota } from '@carers/platform/service';

describe("the board's live feed", () => {
  const feedOf = (alerts: Subject<BoardAlertRaised>): AlertFeed => ({ forCouncil: () => alerts });
  const member = (expiresAt?: Date): Principal => ({ subject: 'member-1', roles: ['board-member'], tenantId: 'E06000054', expiresAt });

  it("ends when the caller's token expires, so an expired session hears no more alerts (issue 21, finding 8)", async () => {
    const alerts = new Subject<BoardAlertRaised>();
    const controller = new BoardController({} as never, {} as never, feedOf(alerts), new LiveStreamQuota(5));
    const heard = lastValueFrom(controller.live(member(new Date(Date.now() + 200))).pipe(toArray()));
    alerts.next({ alertId: 1 } as unknown as BoardAlertRaised);
    const events = await heard;
    expect(events.map((e) => e.type)).toEqual(['alert']);
    alerts.next({ alertId: 2 } as unknown as BoardAlertRaised);
    expect(alerts.observed).toBe(false);
  });

  it('stays open for a caller whose token has no expiry to end it', () => {
    const controller = new BoardController({} as never, {} as never, { forCouncil: () => NEVER }, new LiveStreamQuota(5));
    const subscription = controller.live(member()).subscribe();
    expect(subscription.closed).toBe(false);
    subscription.unsubscribe();
  });

  it('lets one sign-in hold only so many live streams, and gives a place back when a stream ends (issue 21, finding 7)', () => {
    const controller = new BoardController({} as never, {} as never, { forCouncil: () => NEVER }, new LiveStreamQuota(2));
    const headers: Record<string, string> = {};
    const response = { res: { setHeader: (name: string, value: string) => (headers[name] = value) } };
    const first = controller.live(member(), response).subscribe();
    const second = controller.live(member(), response).subscribe();
    expect(() => controller.live(member(), response)).toThrow(expect.objectContaining({ status: 429 }));
    expect(headers['Retry-After']).toBe('30');
    const colleague = { ...member(), subject: 'member-2' };
    expect(() => controller.live(colleague, response).subscribe().unsubscribe()).not.toThrow();
    first.unsubscribe();
    const third = controller.live(member(), response).subscribe();
    expect(third.closed).toBe(false);
    [second, third].forEach((s) => s.unsubscribe());
  });
});
