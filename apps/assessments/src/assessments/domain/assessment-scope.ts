/** Who may see which assessments: a council officer all of the council's; a provider worker those delegated to its provider. */
export interface AssessmentScope {
  tenantId: string;
  providerId?: string;
}
