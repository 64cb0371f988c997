import { Injectable } from '@nestjs/common';
import { AssessmentType } from '@carers/contracts';
import { REQUIRED_CONTENT } from '../domain/required-content';

export interface AssessmentTypeContent {
  type: AssessmentType;
  /** Each item the assessment must cover, and the law that requires it. */
  requiredContent: { item: string; law: string }[];
}

/** What each assessment type must cover, for the forms and the provider systems that fill them. */
@Injectable()
export class AssessmentTypesQuery {
  execute(): AssessmentTypeContent[] {
    return Object.entries(REQUIRED_CONTENT).map(([type, items]) => ({
      type: type as AssessmentType,
      requiredContent: Object.entries(items).map(([item, law]) => ({ item, law })),
    }));
  }
}
