import { NotInReviewError, ReviewClosedError, ReviewNotFoundError } from './duplicate-review.errors';

/** Two records that may be one person, and what a council officer decided about them. */
export interface DuplicateReview {
  id: string;
  carerId: string;
  candidateId: string;
  reasons: string[];
  status: 'open' | 'merged' | 'kept-apart';
  resolutionReason?: string;
  resolvedBy?: string;
  createdAt: string;
}

/** The review, if it is still waiting for a decision. */
export function openReview(id: string, review: DuplicateReview | undefined): DuplicateReview {
  if (!review) throw new ReviewNotFoundError(id);
  if (review.status !== 'open') throw new ReviewClosedError(review.status);
  return review;
}

/** Which record survives a merge (the earlier record by default) and which is merged into it. */
export function survivorOf(review: DuplicateReview, survivorId?: string): { survivorId: string; mergedId: string } {
  const survivor = survivorId ?? review.candidateId;
  if (![review.carerId, review.candidateId].includes(survivor)) throw new NotInReviewError();
  return { survivorId: survivor, mergedId: survivor === review.carerId ? review.candidateId : review.carerId };
}
