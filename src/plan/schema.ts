/**
 * The JSON schema of a plan file (YAML or JSON). Field names follow src/plan/types.ts; a wheel
 * entry's timing is written flat: `months` (+ `day`, `time`, `every`, `firstYear`), or
 * `deadline`, or `when` (the plan's own words, read by the wheel parser).
 */
import { MEASURE_STATUSES } from './types';

const text = { type: 'string', minLength: 1 } as const;
const date = { type: 'string', pattern: '^\\d{4}-\\d{2}-\\d{2}$' } as const;
const ids = { type: 'array', items: text } as const;

const person = {
  type: 'object',
  additionalProperties: false,
  required: ['aadObjectId', 'name'],
  properties: { aadObjectId: text, name: text },
} as const;

const measure = {
  type: 'object',
  additionalProperties: false,
  required: ['id', 'title', 'goalId', 'responsible', 'status'],
  properties: {
    id: text, title: text, goalId: text, targetGroup: text, responsible: text, timing: text, deadline: date,
    evaluation: text, status: { enum: [...MEASURE_STATUSES] }, statusComment: { type: 'string' },
    updatedBy: text, updatedAt: text, approvedBy: text, approvedAt: text,
  },
} as const;

const wheelEntry = {
  type: 'object',
  additionalProperties: false,
  required: ['id', 'title', 'todo', 'audience'],
  properties: {
    id: text, title: text, todo: text, audience: text, responsible: text, measures: ids,
    months: { type: 'array', minItems: 1, items: { type: 'integer', minimum: 1, maximum: 12 } },
    day: { type: 'integer', minimum: 1, maximum: 31 },
    time: { type: 'string', pattern: '^([01]\\d|2[0-3]):[0-5]\\d$' },
    every: { type: 'integer', minimum: 1, maximum: 10 },
    firstYear: { type: 'integer', minimum: 2000, maximum: 2100 },
    deadline: date,
    when: text,
  },
} as const;

export const planSchema = {
  type: 'object',
  additionalProperties: false,
  required: ['municipality', 'title', 'goals', 'measures'],
  properties: {
    municipality: text,
    title: text,
    period: text,
    goals: {
      type: 'array',
      items: { type: 'object', additionalProperties: false, required: ['id', 'title'], properties: { id: text, title: text } },
    },
    measures: { type: 'array', items: measure },
    owners: {
      type: 'array',
      items: {
        type: 'object',
        additionalProperties: false,
        required: ['role', 'members', 'measures'],
        properties: { role: text, members: { type: 'array', items: person }, measures: ids },
      },
    },
    coordinators: { type: 'array', items: person },
    contacts: {
      type: 'array',
      items: { type: 'object', additionalProperties: false, required: ['name'], properties: { name: text, phone: text, when: text } },
    },
    wheel: { type: 'array', items: wheelEntry },
    /** Audience keys channels may subscribe to; when given, a wheel entry with another is reported. */
    audiences: { type: 'array', items: text },
  },
} as const;

/** The file's shape once the schema has accepted it. */
export interface PlanFile {
  municipality: string;
  title: string;
  period?: string;
  goals: Array<{ id: string; title: string }>;
  measures: Array<import('./types').Measure>;
  owners?: Array<import('./types').OwnerRole>;
  coordinators?: Array<import('./types').Person>;
  contacts?: Array<import('./types').Contact>;
  wheel?: WheelEntryFile[];
  audiences?: string[];
}

export interface WheelEntryFile {
  id: string;
  title: string;
  todo: string;
  audience: string;
  responsible?: string;
  measures?: string[];
  months?: number[];
  day?: number;
  time?: string;
  every?: number;
  firstYear?: number;
  deadline?: string;
  when?: string;
}
