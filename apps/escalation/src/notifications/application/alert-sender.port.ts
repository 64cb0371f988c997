export interface AlertMessage {
  channel: { kind: 'webhook' | 'email'; target: string; secret?: string };
  alert: { id: string; kind: string; caseId: string; providerId: string; kpiId: string; stage: string; summary: string; raisedAt: string };
  councilId: string;
}

/** Sends one alert to one channel; throws a DeliveryFailedError with the reason when it could not. */
export abstract class AlertSender {
  abstract send(message: AlertMessage): Promise<void>;
}
