import { z } from 'zod';

/**
 * Where `externaldata` may read from when huntops runs KQL itself (`huntops kql` and hunts on the local
 * backend): a URL as written in the query mapped to a local file (an offline copy of a feed; relative paths
 * from the config file's folder, see resolvedExternalData), or an HTTPS URL under an allow-listed prefix,
 * fetched within `timeoutMs` and at most `maxBytes`. Anything else is refused as "not available offline".
 */
const externalData = z.strictObject({
  files: z.record(z.string().min(1), z.string().min(1)).default({}),
  allowedUrlPrefixes: z
    .array(
      z
        .string()
        .regex(/^https:\/\/[^/]+\//, { error: 'expected an HTTPS URL prefix such as https://feeds.example.org/' }),
    )
    .default([]),
  maxBytes: z.number().int().positive().max(500_000_000).default(20_000_000),
  timeoutMs: z.number().int().positive().max(300_000).default(15_000),
});

/** Plain data, so it travels to the engine thread inside each local job. */
export type ExternalDataSettings = z.infer<typeof externalData>;

export const kqlSettings = z.strictObject({ externalData: externalData.default(externalData.parse({})) });
