import { Module } from '@nestjs/common';
import { Clock, clockFromEnvironment } from '@carers/platform/service';
import { BoardController } from './api/board.controller';
import { CasesController } from './api/cases.controller';
import { KpiStatusListener } from './api/kpi-status.listener';
import { PolicyController } from './api/policy.controller';
import { RemedialPlanListener } from './api/remedial-plan.listener';
import { AlertFeed } from './application/alert-feed';
import { BoardAlerts } from './application/board-alerts';
import { BoardQueries } from './application/board-queries';
import { CaseActions } from './application/case-actions';
import { CaseRecords } from './application/case-records';
import { Escalation } from './application/escalation';
import { EscalationPolicies } from './application/escalation-policies';
import { KpiMonths } from './application/kpi-months';
import { LadderScheduler } from './application/ladder-scheduler';
import { RemedialPlans } from './application/remedial-plans';

@Module({
  controllers: [CasesController, BoardController, PolicyController],
  providers: [KpiStatusListener, RemedialPlanListener, 
    Escalation, CaseActions, CaseRecords, KpiMonths, EscalationPolicies, BoardAlerts, BoardQueries, RemedialPlans, AlertFeed, LadderScheduler,
    { provide: Clock, useFactory: () => clockFromEnvironment() },
  ],
  exports: [Clock],
})
export class CasesModule {}
