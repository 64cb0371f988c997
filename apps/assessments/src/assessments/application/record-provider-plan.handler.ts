import { Injectable } from '@nestjs/common';
import { CloudEvent, ProviderSupportPlanAgreed } from '@carers/contracts';
import { EarlierStepMissing } from '@carers/platform/messaging';
import { Tx } from '@carers/platform/persistence';
import { AgreeSupportPlanHandler } from './agree-support-plan.handler';
import { AssessmentRepository } from './assessment.repository';

/** A support plan agreed in a consortium member's own system, applied after the completion it follows whatever the order of arrival; a redelivered one changes nothing. */
@Injectable()
export class RecordProviderPlanHandler {
  constructor(
    private readonly assessments: AssessmentRepository,
    private readonly agree: AgreeSupportPlanHandler,
  ) {}

  async execute(tx: Tx, e: CloudEvent<ProviderSupportPlanAgreed>): Promise<void> {
    const d = e.data;
    // the provider the inbound path bound the event to: the one whose topic it came on (ADR 0014)
    const assessment = await this.assessments.found(tx, d.assessmentId);
    assessment.mustBeDelegatedTo(d.providerId);
    // reported before the completion it follows: held until the completion is recorded (issue 19, ADR 0027)
    if (assessment.isOpen) throw new EarlierStepMissing(`the completion of assessment ${d.assessmentId}`);
    // the plan's words stay in the provider's system; the platform keeps the facts it reports
    const details = {
      needs: [],
      eligibleNeeds: [],
      needsToBeMet: [],
      services: [],
      involved: [],
      recordedIn: `${d.providerId}'s system`,
      reportedDirectPayment: d.directPayment,
    };
    await this.agree.within(
      tx,
      { assessmentId: d.assessmentId, details, entryScores: d.entryScores, agreedOn: d.agreedOn },
      { repeatIsNoOp: true },
    );
  }
}
