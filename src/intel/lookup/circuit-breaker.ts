import { setTimeout as sleep } from 'node:timers/promises';
import { IntelError } from '../errors.ts';
import type { Clock, IntelLogger } from '../types.ts';

export interface CircuitBreakerOptions {
  /** Consecutive failures (5xx, timeouts, bad replies, auth) that open the circuit. */
  readonly threshold: number;
  readonly cooldownMs: number;
  readonly clock: Clock;
  readonly logger: IntelLogger;
  readonly signal: AbortSignal;
}

/**
 * Guards OTX: after `threshold` consecutive failures, or at once on a 429, calls stop until the cooldown
 * (or `Retry-After`) has passed; then one probe call decides whether to close again. State changes are
 * logged once each, never per IP.
 */
export class CircuitBreaker {
  private failures = 0;
  private openUntil = 0;
  private openedBy: IntelError | undefined;
  private probe: Promise<void> | undefined;
  private endProbe: (() => void) | undefined;

  constructor(private readonly options: CircuitBreakerOptions) {}

  /** Resolves when a call may go out; throws the error that opened the circuit if it stays open past the deadline. */
  async acquire(deadline: () => number): Promise<void> {
    for (;;) {
      const now = this.options.clock();
      if (this.openedBy && now < this.openUntil) {
        if (this.openUntil >= deadline()) throw this.blockedError();
        await sleep(this.openUntil - now, undefined, { signal: this.options.signal });
      } else if (this.probe) {
        await this.probe;
      } else {
        // Half-open: this caller is the single probe; everyone else waits for its outcome.
        if (this.openedBy) this.probe = new Promise((resolve) => (this.endProbe = resolve));
        return;
      }
    }
  }

  /** The error that paused OTX calls, while they are paused (open or probing); otherwise undefined. */
  pausedBy(): IntelError | undefined {
    return this.openedBy && this.blockedError();
  }

  success(): void {
    this.failures = 0;
    // A straggler sent before a 429 pause proves nothing about the pause: only a success after it closes.
    if (this.openedBy && this.options.clock() >= this.openUntil) {
      this.options.logger.info({ code: this.openedBy.code }, 'OTX answering again; circuit closed');
      this.openedBy = undefined;
    }
    this.finishProbe();
  }

  failure(error: IntelError): void {
    const probing = this.probe !== undefined;
    this.failures += 1;
    if (error.code === 'huntops_intel_otx_rate_limited') {
      this.open(error, error.retryAfterMs ?? Math.min(30_000, 1000 * 2 ** Math.min(this.failures, 5)));
    } else if (probing || this.failures >= this.options.threshold) {
      this.open(error, this.options.cooldownMs);
    }
    this.finishProbe();
  }

  private open(error: IntelError, forMs: number): void {
    const wasOpen = this.openedBy !== undefined;
    this.openedBy = error;
    this.openUntil = Math.max(this.openUntil, this.options.clock() + forMs);
    if (!wasOpen) {
      this.options.logger.info(
        { code: error.code, failures: this.failures, pauseMs: forMs },
        `OTX lookups paused: ${error.message}`,
      );
    }
  }

  private blockedError(): IntelError {
    const cause = this.openedBy;
    const code = cause?.code === 'huntops_intel_otx_rate_limited' ? cause.code : 'huntops_intel_otx_circuit_open';
    return new IntelError(code, `OTX paused after failures (${cause?.message})`, { cause });
  }

  private finishProbe(): void {
    this.endProbe?.();
    this.probe = undefined;
    this.endProbe = undefined;
  }
}
