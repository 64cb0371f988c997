/** The live alert feed: the alerts so far, then each new one as the server streams it (Server-Sent Events). */
import type { BoardAlert } from '../board-view-models.js';
import { alertDetail, alertGroupKey, alertKey, freshAlerts, MAX_ALERTS, relatedLabel } from './alert-list.js';
import type { BoardNames } from './board-names.js';
import { $, h } from './dom.js';
import { timeLabel } from './format.js';
import { alertKindLabel } from './labels.js';

function alertItem(a: BoardAlert, names: BoardNames): HTMLElement {
  const raisedAt = a.raisedAt ?? new Date().toISOString();
  return h(
    'li',
    { dataset: { alertId: alertKey(a), kind: a.kind }, class: `alert alert-${a.kind}` },
    h('span', { class: 'alert-kind' }, alertKindLabel(a.kind)),
    h('span', { class: 'alert-detail' }, alertDetail(a, names)),
    h('span', { class: 'alert-summary' }, a.summary ?? ''),
    h('time', { datetime: raisedAt }, timeLabel(raisedAt)),
  );
}

export class AlertFeed {
  private readonly seen = new Map<string | undefined, BoardAlert>();

  constructor(private readonly names: BoardNames) {}

  /**
   * Adds the alerts not shown yet: live ones at the top, earlier ones below. Related alerts (one case, one day) share
   * one entry, newest first, which moves to the top when a live one joins it; the list keeps MAX_ALERTS entries.
   */
  add(alerts: readonly BoardAlert[], { live }: { live: boolean }): void {
    const feed = $('#alert-feed');
    const fresh = freshAlerts(this.seen, alerts);
    if (!fresh.length) return;
    for (const a of fresh) {
      const key = alertGroupKey(a);
      let group = [...feed.querySelectorAll<HTMLElement>('li.alert-group')].find((g) => g.dataset['group'] === key);
      if (!group) {
        group = h(
          'li',
          { class: 'alert-group', dataset: { group: key } },
          h('ol', { class: 'alert-group-items' }),
          h('p', { class: 'alert-related' }),
        );
        if (live) feed.prepend(group);
        else feed.append(group);
      } else if (live) feed.prepend(group);
      const items = group.querySelector('ol')!;
      if (live) items.prepend(alertItem(a, this.names));
      else items.append(alertItem(a, this.names));
      group.querySelector('.alert-related')!.textContent = relatedLabel(items.children.length);
    }
    while (feed.querySelectorAll('li.alert-group').length > MAX_ALERTS) feed.lastElementChild?.remove();
    feed.querySelector('.empty')?.remove();
  }

  /** The alerts raised so far (GET /api/escalation/alerts). */
  async load(getAlerts: () => Promise<BoardAlert[]>): Promise<void> {
    const feed = $('#alert-feed');
    feed.setAttribute('aria-busy', 'true');
    try {
      this.add(await getAlerts(), { live: false });
      if (!feed.children.length) feed.append(h('li', { class: 'empty' }, 'No alerts yet.'));
    } catch (error) {
      feed.append(h('li', { class: 'empty' }, `Could not load earlier alerts: ${(error as Error).message}`));
    } finally {
      feed.removeAttribute('aria-busy');
    }
  }

  /**
   * Listens to /api/escalation/alerts/live: `onAlert` after each new alert, `onReopened` once the feed has been opened
   * again after the browser gave up on it (to catch up on what was missed).
   */
  listen(onAlert: () => void, onReopened: () => void): void {
    const status = $('#connection-status');
    const setStatus = (text: string, cls: string) => {
      if (status.textContent !== text) status.textContent = text;
      status.className = `connection-status ${cls}`;
    };
    const source = new EventSource('/api/escalation/alerts/live');
    source.addEventListener('open', () => setStatus('Live', 'live'));
    source.addEventListener('alert', (event) => {
      try {
        this.add([JSON.parse((event as MessageEvent<string>).data) as BoardAlert], { live: true });
        onAlert();
      } catch {
        // a malformed event is skipped; the next refresh brings the list up to date
      }
    });
    source.addEventListener('error', () => {
      setStatus('Reconnecting…', 'reconnecting');
      if (source.readyState === EventSource.CLOSED) {
        // the browser gives up after a non-stream answer (e.g. 502): try again ourselves, and catch up on what was missed
        setTimeout(() => {
          this.listen(onAlert, onReopened);
          onReopened();
        }, 5000);
      }
    });
  }
}
