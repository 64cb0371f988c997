import { Tx } from '@carers/platform/persistence';
import { CaringRelationship } from '../domain/caring-relationship';
import { Scope } from '@carers/platform/auth';

export interface CaredForPerson {
  id: string;
  givenName: string;
  familyName: string;
  dateOfBirth?: string;
  postcode?: string;
  careNeeds?: string;
}

export interface RelationshipView {
  id: string;
  relationship: string;
  startedOn: string;
  endedOn?: string;
  caredFor: CaredForPerson;
}

export abstract class CaringRelationships {
  abstract addPerson(tx: Tx, person: CaredForPerson): Promise<void>;
  /**
   * Whether the person cared for is one the caller may link a carer to: for a council officer any of the council's;
   * for a provider worker only one that a carer of its provider cares for or cared for (issue 21, finding 11).
   */
  abstract personInScope(tx: Tx, scope: Scope, id: string): Promise<boolean>;
  abstract add(tx: Tx, relationship: CaringRelationship): Promise<void>;
  abstract get(tx: Tx, id: string): Promise<CaringRelationship | undefined>;
  abstract saveEnd(tx: Tx, relationship: CaringRelationship): Promise<void>;
  abstract currentBetween(tx: Tx, carerId: string, caredForId: string): Promise<boolean>;
  abstract forCarer(tx: Tx, carerId: string): Promise<RelationshipView[]>;
}
