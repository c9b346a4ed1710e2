import type { Request, Response } from 'express';

/** What /healthz reports: the version and which backends and surfaces are active. */
export interface HealthInfo {
  readonly version: string;
  /** How many tenants use each backend kind (never tenant keys: /healthz answers anyone). */
  readonly backends: Readonly<Record<string, number>>;
  readonly surfaces: Readonly<Record<string, string>>;
}

export interface ReadinessCheck {
  readonly name: string;
  check(): Promise<void>;
}

export function healthHandler(info: HealthInfo) {
  return (_request: Request, response: Response) => {
    response.json({ status: 'ok', ...info });
  };
}

/** 200 when every check passes, 503 naming each failing check otherwise. */
export function readinessHandler(checks: readonly ReadinessCheck[], isShuttingDown: () => boolean) {
  return async (_request: Request, response: Response) => {
    const results = await Promise.all(
      checks.map(async ({ name, check }) => {
        try {
          await check();
          return { name, ok: true };
        } catch (error) {
          return { name, ok: false, error: (error as Error).message };
        }
      }),
    );
    const ready = !isShuttingDown() && results.every((result) => result.ok);
    response
      .status(ready ? 200 : 503)
      .json({ status: ready ? 'ready' : 'not ready', shuttingDown: isShuttingDown(), checks: results });
  };
}
