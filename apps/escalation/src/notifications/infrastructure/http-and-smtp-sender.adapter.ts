import { LookupFunction } from 'node:net';
import http from 'node:http';
import https from 'node:https';
import { Injectable } from '@nestjs/common';
import { AlertMessage, AlertSender } from '../application/alert-sender.port';
import { DeliveryFailedError } from '../domain/notification-channel.errors';
import { signature } from '../domain/webhook-signature';
import { sendMail, smtpSettings } from './smtp-client.adapter';
import { PinnedTarget, WebhookTargetGuard } from './webhook-target-guard.adapter';

const TIMEOUT_MS = 5_000;

/**
 * Webhooks as signed JSON POSTs; email through the SMTP relay in SMTP_URL (smtp://host:port).
 *
 * A webhook is posted to the address its host resolved to when checked, just before sending (issue 21, finding 5):
 * the connection's own look-up answers with that address, so a name re-pointed in between (DNS rebinding) cannot
 * send it elsewhere. No redirect is followed; a 3xx answer is a failure like any other non-2xx one.
 */
@Injectable()
export class HttpAndSmtpSender extends AlertSender {
  constructor(private readonly webhookTargets: WebhookTargetGuard) {
    super();
  }

  async send({ channel, alert, councilId }: AlertMessage): Promise<void> {
    if (channel.kind === 'email') {
      try {
        await sendMail(smtpSettings(), {
          to: channel.target,
          subject: `Board alert: ${alert.kind.replace(/-/g, ' ')} (${alert.providerId}, ${alert.kpiId})`,
          text: `${alert.summary}\n\nCouncil: ${councilId}\nCase: ${alert.caseId}\nStage: ${alert.stage}\nRaised: ${alert.raisedAt}\n`,
        });
      } catch {
        throw new DeliveryFailedError('email-failed');
      }
      return;
    }
    if (!channel.secret) throw new DeliveryFailedError('secret-unreadable');
    const target = await this.webhookTargets.pin(channel.target);
    const body = JSON.stringify({ councilId, ...alert });
    const timestamp = String(Math.floor(Date.now() / 1000));
    const status = await post(target, body, {
      'content-type': 'application/json',
      'x-carers-event': 'board-alert',
      'x-carers-timestamp': timestamp,
      'x-carers-signature': signature(channel.secret, timestamp, body),
    });
    if (status >= 200 && status < 300) return;
    throw new DeliveryFailedError(status >= 300 && status < 400 ? 'redirected' : 'rejected', status);
  }
}

/** net's look-up, answering every query with the pinned address (one address, or a list of one when asked for all). */
function pinnedLookup(target: PinnedTarget): LookupFunction {
  return (_host, options, callback) => {
    if (options.all)
      (callback as (e: null, addresses: { address: string; family: number }[]) => void)(null, [
        { address: target.address, family: target.family },
      ]);
    else callback(null, target.address, target.family);
  };
}

/** One POST on its own connection (no pooled socket from an earlier look-up); resolves with the status, never reads the body. */
function post(target: PinnedTarget, body: string, headers: Record<string, string>): Promise<number> {
  return new Promise((resolve, reject) => {
    const request = (target.url.protocol === 'https:' ? https : http).request(
      target.url,
      {
        method: 'POST',
        headers: { ...headers, 'content-length': String(Buffer.byteLength(body)) },
        agent: false,
        lookup: pinnedLookup(target),
        timeout: TIMEOUT_MS,
        signal: AbortSignal.timeout(TIMEOUT_MS),
      },
      (response) => {
        response.on('error', () => undefined);
        resolve(response.statusCode ?? 0);
        response.destroy();
      },
    );
    request.on('timeout', () => request.destroy(new DeliveryFailedError('timeout')));
    request.on('error', (error: Error & { code?: string }) =>
      reject(
        error instanceof DeliveryFailedError
          ? error
          : new DeliveryFailedError(error.name === 'AbortError' || error.code === 'ABORT_ERR' ? 'timeout' : 'unreachable'),
      ),
    );
    request.end(body);
  });
}
