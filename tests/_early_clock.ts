/**
 * Test support: fake clocks that count their sleeps, and one whose timers fire early (each sleep
 * ends after half its time), as a platform timer given more than 2^31 - 1 ms fires at once. A
 * limiter on it must look at the time again after waking, and must not spin.
 */
import { FakeClock } from "@osu-ts/api/testing";

/** A {@linkcode FakeClock} that counts the sleeps it was asked for. */
export class CountingClock extends FakeClock {
  /** Sleeps asked for so far. */
  sleeps = 0;

  override sleep(ms: number, signal?: AbortSignal): Promise<void> {
    this.sleeps++;
    return super.sleep(ms, signal);
  }
}

/** A counting fake clock whose sleeps end after half the time asked for (at least 1 ms). */
export class EarlyClock extends CountingClock {
  override sleep(ms: number, signal?: AbortSignal): Promise<void> {
    return super.sleep(ms > 1 ? Math.ceil(ms / 2) : ms, signal);
  }
}
