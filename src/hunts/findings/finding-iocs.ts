import type { Finding } from '../report.ts';

/**
 * The indicators of compromise a finding names, in the order a card leads with them: the IP, the URL, the file
 * hash, the domain. Accounts and hosts are the organisation's own and never IOCs.
 */
export function findingIocs(finding: Finding): string[] {
  return [finding.ip, finding.url, finding.fileHash, finding.domain].filter((value): value is string => !!value);
}
