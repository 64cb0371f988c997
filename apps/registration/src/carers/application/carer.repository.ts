import { AgeBand, CarerKind } from '@carers/contracts';
import { Tx } from '@carers/platform/persistence';
import { Carer, CarerStatus } from '../domain/carer';

export const CARERS = Symbol('CarerRepository');

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

export interface CarerRepository {
  add(tx: Tx, carer: Carer): Promise<void>;
  get(tx: Tx, id: string, forUpdate?: boolean): Promise<Carer | undefined>;
  /** Writes a changed carer; fails with a conflict when someone else changed it first. */
  save(tx: Tx, carer: Carer): Promise<void>;
  /** An existing carer who is surely the same person: the same NHS number, or the same name, date of birth and postcode. */
  findSamePerson(tx: Tx, carer: Carer): Promise<string | undefined>;
  list(tx: Tx, filter: CarerFilter): Promise<{ carers: Carer[]; last?: { createdAt: string; id: string } }>;
  /** Adds many new carers at once (bulk import), each with its id in the system it came from. */
  addMany(tx: Tx, carers: { carer: Carer; externalSource: string; externalId: string }[]): Promise<void>;
  /** For each carer, the existing record that is surely the same person, if there is one. */
  findSamePeople(tx: Tx, carers: Carer[]): Promise<Map<string, string>>;
  areaBoards(tx: Tx): Promise<Set<string>>;
  consortiumMembers(tx: Tx): Promise<Set<string>>;
  isAreaBoard(tx: Tx, code: string): Promise<boolean>;
  isConsortiumMember(tx: Tx, providerId: string): Promise<boolean>;
}
