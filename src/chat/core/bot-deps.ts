import type { Logger } from 'pino';
import type { HuntopsConfig } from '../../config/index.ts';
import type { AuditLog } from '../../store/index.ts';
import type { CardDelivery } from './card-delivery.ts';
import type { BlockingPort, HuntPort, IntelPort } from './ports.ts';
import type { RunRecords } from './run-records.ts';

export interface BotDeps {
  readonly config: HuntopsConfig;
  readonly audit: AuditLog;
  readonly runs: RunRecords;
  readonly hunts: HuntPort;
  readonly intel: IntelPort;
  readonly blocking: BlockingPort;
  readonly logger: Logger;
  readonly clock?: () => number;
  /** Reaches cards in other conversations (a proposal's other cards); without it only the presser's are updated. */
  readonly cards?: CardDelivery;
}
