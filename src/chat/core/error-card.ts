import { type ErrorCardModel, INTERNAL_ERROR_CODE, type TenantRef } from '../../cards/index.ts';

/** Any failure as an error card: its code picks the plain-words explanation; its message is the detail. */
export function errorCard(error: unknown, tenant?: TenantRef): ErrorCardModel {
  const code =
    typeof (error as { code?: unknown })?.code === 'string' ? (error as { code: string }).code : INTERNAL_ERROR_CODE;
  const message = error instanceof Error ? error.message : String(error);
  return { kind: 'error', code, message, tenant };
}
