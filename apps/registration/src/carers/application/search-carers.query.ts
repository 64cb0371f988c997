import { Injectable } from '@nestjs/common';
import { AgeBand, CarerKind } from '@carers/contracts';
import { UnitOfWork } from '@carers/platform/persistence';
import { Carer, CarerStatus } from '../domain/carer';
import { Clock } from '@carers/platform/service';
import { InvalidCursorError } from '../domain/carer.errors';
import { CarerRepository } from './carer.repository';
import { Scope, providerOf } from '@carers/platform/auth';

export interface CarerSearch {
  providerId?: string;
  areaBoard?: string;
  kind?: CarerKind;
  ageBand?: AgeBand;
  status?: CarerStatus;
  cursor?: string;
  limit?: number;
}

@Injectable()
export class SearchCarersQuery {
  constructor(
    private readonly uow: UnitOfWork,
    private readonly carers: CarerRepository,
    private readonly clock: Clock,
  ) {}

  async execute(scope: Scope, search: CarerSearch): Promise<{ carers: Carer[]; nextCursor?: string }> {
    const after = search.cursor ? decodeCursor(search.cursor) : undefined;
    const providerId = providerOf(scope) ?? search.providerId;
    if (scope.kind === 'provider' && search.providerId && search.providerId !== scope.providerId) return { carers: [] };
    const page = await this.uow.run(scope.tenantId, (tx) =>
      this.carers.list(tx, { ...search, providerId, after, today: this.clock.today(), limit: search.limit ?? 50 }),
    );
    return {
      carers: page.carers,
      nextCursor: page.last ? Buffer.from(JSON.stringify([page.last.createdAt, page.last.id])).toString('base64url') : undefined,
    };
  }
}

function decodeCursor(cursor: string): { createdAt: string; id: string } {
  try {
    const [createdAt, id] = JSON.parse(Buffer.from(cursor, 'base64url').toString());
    if (typeof createdAt !== 'string' || !/^[0-9a-f-]{36}$/.test(id)) throw new Error();
    return { createdAt, id };
  } catch {
    throw new InvalidCursorError();
  }
}
