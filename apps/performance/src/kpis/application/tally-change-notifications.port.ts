/** What to do when listening is interrupted: notifications sent meanwhile were missed. */
export interface ListeningCallbacks {
  onConnectionLost: (error: Error | undefined) => void;
  onReconnect: () => void;
}

/** Wakes the measurement worker when a council's ingestion commits tally changes. */
export abstract class TallyChangeNotifications {
  /** Calls `onCouncil` with the council of each commit that recorded changes; answers how to stop listening. */
  abstract listen(onCouncil: (tenantId: string) => void, callbacks: ListeningCallbacks): Promise<() => void>;
}
