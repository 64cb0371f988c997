/** What performance knows of one assessment, from assessments' events (ids, dates and flags only). */
export interface AssessmentFact {
  assessmentId: string;
  providerId?: string;
  fastTrack: boolean;
  requestedOn: string;
  contactedOn?: string;
  commencedOn?: string;
  completedOn?: string;
  refusedOn?: string;
  /** Closed because the carer left the register or was merged (issue 19). */
  closedOn?: string;
  planAgreedOn?: string;
  youngCarerIdentifiedOn?: string;
}

export interface ReviewFact {
  reviewId: string;
  assessmentId: string;
  providerId?: string;
  reviewType: 'light-touch' | 'planned' | 'requested';
  dueOn: string;
  completedOn: string;
  improved: boolean;
}

/** What performance knows of a carer on the register, from registration's events (no personal data). */
export interface CarerFact {
  carerId: string;
  providerId?: string;
  /** Absent while a later event waits for the registration. */
  registeredOn?: string;
  gpConsent: boolean;
  emergencyPlanOn?: string;
  deregisteredOn?: string;
}

/** Everything performance knows of one council's work. */
export interface Facts {
  assessments: AssessmentFact[];
  reviews: ReviewFact[];
  carers: CarerFact[];
}

export type FactKind = 'assessment' | 'review' | 'carer';
