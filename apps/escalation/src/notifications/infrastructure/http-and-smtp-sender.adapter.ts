import { Injectable } from '@nestjs/common';
import { AlertMessage, AlertSender } from '../application/alert-sender.port';
import { sendMail, smtpSettings } from './smtp-client.adapter';
import { signature } from '../domain/webhook-signature';

const TIMEOUT_MS = 5_000;

/** Webhooks as signed JSON POSTs; email through the SMTP relay in SMTP_URL (smtp://host:port). */
@Injectable()
export class HttpAndSmtpSender extends AlertSender {
  async send({ channel, alert, councilId }: AlertMessage): Promise<{ status?: number }> {
    if (channel.kind === 'email') {
      await sendMail(smtpSettings(), {
        to: channel.target,
        subject: `Board alert: ${alert.kind.replace(/-/g, ' ')} (${alert.providerId}, ${alert.kpiId})`,
        text: `${alert.summary}\n\nCouncil: ${councilId}\nCase: ${alert.caseId}\nStage: ${alert.stage}\nRaised: ${alert.raisedAt}\n`,
      });
      return {};
    }
    const body = JSON.stringify({ councilId, ...alert });
    const timestamp = String(Math.floor(Date.now() / 1000));
    const response = await fetch(channel.target, {
      method: 'POST',
      body,
      headers: {
        'content-type': 'application/json',
        'x-carers-event': 'board-alert',
        'x-carers-timestamp': timestamp,
        'x-carers-signature': signature(channel.secret!, timestamp, body),
      },
      signal: AbortSignal.timeout(TIMEOUT_MS),
    });
    if (!response.ok) throw Object.assign(new Error(`the webhook answered ${response.status}`), { status: response.status });
    return { status: response.status };
  }
}
