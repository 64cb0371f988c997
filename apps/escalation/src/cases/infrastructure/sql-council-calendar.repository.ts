import { Injectable } from '@nestjs/common';
import { WorkingCalendar } from '@carers/calendar';
import { Tx } from '@carers/platform/persistence';
import { ClosureDay, CouncilCalendarRepository } from '../application/council-calendar.repository';

interface ClosureDayRow {
  day: string;
  description: string;
}

@Injectable()
export class SqlCouncilCalendarRepository extends CouncilCalendarRepository {
  async calendar(tx: Tx): Promise<WorkingCalendar> {
    return WorkingCalendar.forCouncil(await this.closureDays(tx));
  }

  async closureDays(tx: Tx): Promise<ClosureDay[]> {
    const rows = await tx.query<ClosureDayRow>(
      `SELECT to_char(day, 'YYYY-MM-DD') AS day, description FROM closure_day WHERE tenant_id = $1 ORDER BY day`,
      [tx.tenantId],
    );
    return rows.map((r) => ({ day: r.day, description: r.description }));
  }

  async addClosureDay(tx: Tx, d: ClosureDay): Promise<void> {
    await tx.query(
      `INSERT INTO closure_day (tenant_id, day, description) VALUES ($1, $2, $3) ON CONFLICT (tenant_id, day) DO UPDATE SET description = $3`,
      [tx.tenantId, d.day, d.description],
    );
  }

  async removeClosureDay(tx: Tx, day: string): Promise<void> {
    await tx.query(`DELETE FROM closure_day WHERE tenant_id = $1 AND day = $2`, [tx.tenantId, day]);
  }
}
