import { Notice } from './domain/notice';

/** A Contract Performance Notice served on the contract holder on 2026-11-10, as the unit tests read it. */
export const SERVED: Notice = {
  id: '70577968-4a25-4bb5-a95f-998ccb742cc7',
  caseId: '77c07fbd-ee47-4eed-978e-8f6bd77b8241',
  providerId: 'carers-together-consortium',
  kpiId: 'assessment-commenced-14-days',
  kind: 'contract-performance-notice',
  servedOn: '2026-11-10',
  respondBy: '2026-11-17',
  responseDays: 5,
  actBy: '2026-11-17',
  addressee: "Carers Together, as the contract's holder",
  council: 'Wiltshire Council',
  contractId: 'WC-CARERS-2024',
  figures: [
    { period: '2026-09', status: 'amber', breached: false, value: 78.4, target: 85, floor: 70, closure: 'confirmed' },
    { period: '2026-10', status: 'red', breached: true, value: 61.14, target: 85, floor: 70, closure: 'confirmed' },
  ],
  policyVersion: 3,
  status: 'served',
  pausedCase: false,
};
