/**
 * Whether a webhook URL may be registered: its scheme, its name and every address it resolves to now (issue 21,
 * finding 5). Sending checks again, and connects only to the address it checked.
 */
export abstract class WebhookTargetPolicy {
  /** Why the URL is refused, or undefined when it may be registered. */
  abstract refusal(target: string): Promise<string | undefined>;
}
