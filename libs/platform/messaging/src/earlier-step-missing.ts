/**
 * Thrown by a handler when the event reports a step whose predecessor has not been applied yet (a support plan
 * before the assessment's completion). The inbox holds the event and applies it once the predecessor is; past the
 * hold limit it parks it as `held-expired` and tells its sender (issue 19, ADR 0027). Not a domain error: nothing
 * is wrong with the event, only its order of arrival.
 */
export class EarlierStepMissing extends Error {
  override readonly name = 'EarlierStepMissing';
  constructor(readonly waitingFor: string) {
    super(`waiting for ${waitingFor}`);
  }
}
