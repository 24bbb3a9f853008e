// The people of the jurisdiction, by name: pickers show names and keep the account as value.
import { useEffect, useState } from 'react';
import { api } from './api';

export interface Person {
  name: string;
  displayName: string;
  roles: string[];
  jurisdiction: string;
  certificate: { no: string; validFrom: string; validTo: string } | null;
}

let cache: Promise<Person[]> | undefined;
export function loadPeople(): Promise<Person[]> {
  cache ??= api.get<Person[]>('/api/console/people').catch((e) => {
    cache = undefined;
    throw e;
  });
  return cache;
}

export function usePeople(): Person[] {
  const [people, setPeople] = useState<Person[]>([]);
  useEffect(() => {
    let live = true;
    loadPeople().then((p) => live && setPeople(p), () => undefined);
    return () => {
      live = false;
    };
  }, []);
  return people;
}

/** A name for an account: the person's name, never the username (unknown: 未登记人员). */
export function nameOf(people: readonly Person[], account: string, names?: Record<string, string>): string {
  return names?.[account] ?? people.find((p) => p.name === account)?.displayName ?? '未登记人员';
}

/** Certified 执法人员 of a jurisdiction on a day. */
export function certifiedOfficers(people: readonly Person[], jurisdiction: string, day: string): Person[] {
  return people.filter((p) => p.roles.includes('执法人员') && p.jurisdiction === jurisdiction && p.certificate && p.certificate.validFrom <= day && day <= p.certificate.validTo);
}
