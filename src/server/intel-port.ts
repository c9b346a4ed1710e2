import type { IntelPort } from '../chat/index.ts';
import type { IntelService } from '../intel/index.ts';

/** The chat core's view of intel: scores within the service's own budget; never rejects. */
export function intelPort(intel: IntelService): IntelPort {
  return {
    async score(indicators) {
      try {
        const scores = [...(await intel.scoreIocs(indicators)).values()];
        return { scores, unavailable: false };
      } catch {
        return { scores: [], unavailable: true };
      }
    },
  };
}
