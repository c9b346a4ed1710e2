import { IOC_TYPE_LABELS, recognizeIoc } from '../../intel/index.ts';

/**
 * An indicator as cards and lists show it: with its type in front (`URL https://…`, `SHA-256 9f86…`,
 * `domain evil.example`), except addresses, whose form says what they are. The type is read from the value, so
 * cards stored before huntops blocked anything but IPs read the same.
 */
export function iocLabel(indicator: string): string {
  const type = recognizeIoc(indicator)?.type;
  return type === undefined || type === 'ip' ? indicator : `${IOC_TYPE_LABELS[type]} ${indicator}`;
}
