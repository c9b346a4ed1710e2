import type { HuntopsConfig } from '../../config/index.ts';

export interface ConsoleIdentity {
  readonly id: string;
  /** e.g. `approver on tenant-a, tenant-b` or `hunter`. */
  readonly role: string;
}

/** Everyone listed for the console surface; the page lets the user switch between them to try four-eyes. */
export function consoleIdentities(config: HuntopsConfig): ConsoleIdentity[] {
  const ids = new Set<string>();
  const approverOf = new Map<string, string[]>();
  for (const [key, tenant] of Object.entries(config.tenants)) {
    for (const id of tenant.hunters.console) if (id !== '*') ids.add(id);
    for (const id of tenant.approvers.console) {
      ids.add(id);
      approverOf.set(id, [...(approverOf.get(id) ?? []), key]);
    }
  }
  return [...ids].map((id) => ({
    id,
    role: approverOf.has(id) ? `approver on ${approverOf.get(id)!.join(', ')}` : 'hunter',
  }));
}
