import { IOC_TYPE_LABELS, recognizeIoc } from '../../intel/index.ts';

/**
 * An indicator as cards and lists show it: with its type in front (`IP 203.0.113.7`, `URL https://…`,
 * `SHA-256 9f86…`, `domain evil.example`). The type is read from the value, so cards stored before huntops blocked
 * anything but IPs read the same.
 */
export function iocLabel(indicator: string): string {
  const type = recognizeIoc(indicator)?.type;
  return type === undefined ? indicator : `${IOC_TYPE_LABELS[type]} ${indicator}`;
}
