import { AgeBand, CarerKind } from '@carers/contracts';
import { Tx } from '@carers/platform/persistence';
import { Carer, CarerStatus } from '../domain/carer';

export interface CarerFilter {
  providerId?: string;
  areaBoard?: string;
  kind?: CarerKind;
  ageBand?: AgeBand;
  status?: CarerStatus;
  today: string;
  after?: { createdAt: string; id: string };
  limit: number;
}

/** The register of carers, and the council's reference data a registration is checked against. */
export abstract class CarerRepository {
  abstract add(tx: Tx, carer: Carer): Promise<void>;
  abstract get(tx: Tx, id: string, forUpdate?: boolean): Promise<Carer | undefined>;
  /** Writes a changed carer; fails with a conflict when someone else changed it first. */
  abstract save(tx: Tx, carer: Carer): Promise<void>;
  /** An existing carer who is surely the same person: the same NHS number, or the same name, date of birth and postcode. */
  abstract findSamePerson(tx: Tx, carer: Carer): Promise<string | undefined>;
  abstract list(tx: Tx, filter: CarerFilter): Promise<{ carers: Carer[]; last?: { createdAt: string; id: string } }>;
  /** Adds many new carers at once (bulk import), each with its id in the system it came from. */
  abstract addMany(tx: Tx, carers: { carer: Carer; externalSource: string; externalId: string }[]): Promise<void>;
  /** For each carer, the existing record that is surely the same person, if there is one. */
  abstract findSamePeople(tx: Tx, carers: Carer[]): Promise<Map<string, string>>;
  abstract areaBoards(tx: Tx): Promise<Set<string>>;
  abstract consortiumMembers(tx: Tx): Promise<Set<string>>;
  abstract isAreaBoard(tx: Tx, code: string): Promise<boolean>;
  abstract isConsortiumMember(tx: Tx, providerId: string): Promise<boolean>;
}
