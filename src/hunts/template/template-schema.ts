import { z } from 'zod';
import { PARAMETER_TYPES } from '../params/parameter-spec.ts';
import { PIVOT_ENTITIES } from '../pivots/entity-value.ts';

const scalarText = z.union([z.string(), z.number()]).transform(String);

const parameterSchema = z.strictObject({
  name: z.string().regex(/^[A-Za-z_][A-Za-z0-9_]*$/, 'must be a KQL identifier'),
  type: z.enum(PARAMETER_TYPES),
  default: z.union([scalarText, z.array(z.string()).transform((ips) => ips.join(','))]),
  min: scalarText.optional(),
  max: scalarText.optional(),
  allowed: z.array(scalarText).min(1).optional(),
  help: z.string().min(1),
});

const xHuntSchema = z.strictObject({
  command: z.string().regex(/^[a-z][a-z0-9-]{0,39}$/, 'must be lower-case letters, digits and dashes'),
  backend: z.enum(['logAnalytics', 'defender', 'either']),
  parameters: z.array(parameterSchema).default([]),
  summary: z
    .strictObject({
      rankBy: z.array(z.string().min(1)).min(1),
      count: z.string().optional(),
      first: z.string().optional(),
      last: z.string().optional(),
    })
    .optional(),
  /** Marks an entity query: one of the queries `/hunt ip|user|host` runs, with the parameter that takes the value. */
  pivot: z
    .strictObject({
      entity: z.enum(PIVOT_ENTITIES),
      parameter: z.string().regex(/^[A-Za-z_][A-Za-z0-9_]*$/, 'must be a KQL identifier'),
    })
    .optional(),
});

const entityMappingSchema = z.looseObject({
  entityType: z.string().min(1),
  fieldMappings: z.array(z.looseObject({ identifier: z.string().min(1), columnName: z.string().min(1) })).min(1),
});

/** A Microsoft Sentinel analytics/hunting rule YAML file, plus huntops's optional `x-hunt` block. */
export const templateFileSchema = z.looseObject({
  id: z.string().min(1),
  name: z.string().min(1),
  description: z.string().default(''),
  severity: z.enum(['Informational', 'Low', 'Medium', 'High']).default('Medium'),
  tactics: z.array(z.string()).default([]),
  relevantTechniques: z.array(z.string().regex(/^T\d{4}(\.\d{3})?$/, 'must look like T1110 or T1110.003')).default([]),
  requiredDataConnectors: z
    .array(z.looseObject({ connectorId: z.string(), dataTypes: z.array(z.string()).default([]) }))
    .default([]),
  query: z.string().min(1),
  entityMappings: z.array(entityMappingSchema).default([]),
  'x-hunt': xHuntSchema.optional(),
});

export type TemplateFile = z.infer<typeof templateFileSchema>;
export type XHunt = z.infer<typeof xHuntSchema>;
export type EntityMapping = z.infer<typeof entityMappingSchema>;
