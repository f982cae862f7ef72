/**
 * One workbook, one writer: the tab that holds the Web Lock writes the workbook; any other tab of
 * the same browser profile only shows it. "Use it here" asks the holder over a BroadcastChannel to
 * save what is pending and let go (it then only shows the workbook too), and steals the lock when
 * no answer comes within STEAL_AFTER_MS (a hung tab). The holder tells the others after each save,
 * so that they follow it. Without the Web Locks API (browsers before 2022) every tab writes, as
 * before: the last save wins.
 */
const LOCK = "gpu-payback-preview:workbook";
const CHANNEL = "gpu-payback-preview";
export const STEAL_AFTER_MS = 3000;

type Message = { readonly type: "release" } | { readonly type: "saved"; readonly revision: number };

export interface TabLockEvents {
  /** This tab holds the workbook now, after asking for it. */
  acquired(): Promise<void> | void;
  /** Another tab took the workbook. */
  lost(): void;
  /** Another tab asks for the workbook: save what is pending before letting go. */
  beforeRelease(): Promise<void>;
  /** The holding tab saved `revision`. */
  saved(revision: number): void;
}

export class TabLock {
  private holding = false;
  private release?: () => void;
  private requests = 0;
  /** The request that holds the lock. */
  private holder = 0;
  private readonly channel?: BroadcastChannel;

  constructor(
    private readonly events: TabLockEvents,
    private readonly locks: LockManager | undefined = globalThis.navigator?.locks
  ) {
    if (typeof BroadcastChannel === "function") {
      this.channel = new BroadcastChannel(CHANNEL);
      this.channel.onmessage = (event: MessageEvent<Message>) => this.onMessage(event.data);
    }
  }

  get held(): boolean {
    return this.holding;
  }

  /** Holds the workbook when no other tab does; false when one does. */
  start(): Promise<boolean> {
    if (!this.locks) {
      this.holding = true;
      return Promise.resolve(true);
    }
    return new Promise((resolve) => {
      this.request({ ifAvailable: true }, (granted) => resolve(granted));
    });
  }

  /** Takes the workbook from the tab holding it: asks first, then steals. */
  takeOver(): void {
    if (this.holding || !this.locks) return;
    const asked = new AbortController();
    const grant = (granted: boolean) => {
      if (!granted) return;
      clearTimeout(timer);
      void Promise.resolve(this.events.acquired());
    };
    this.request({ signal: asked.signal }, grant);
    this.channel?.postMessage({ type: "release" } satisfies Message);
    const timer = setTimeout(() => {
      if (this.holding) return;
      asked.abort();
      this.request({ steal: true }, grant);
    }, STEAL_AFTER_MS);
  }

  /** Tells the other tabs that `revision` is saved. */
  announce(revision: number): void {
    this.channel?.postMessage({ type: "saved", revision } satisfies Message);
  }

  /** Asks for the lock; `granted` is told whether it was (ifAvailable: maybe not). */
  private request(options: LockOptions, granted: (granted: boolean) => void): void {
    const id = ++this.requests;
    const held = (lock: Lock | null) => {
      if (!lock) return granted(false);
      this.holding = true;
      this.holder = id;
      const hold = new Promise<void>((resolve) => (this.release = resolve));
      granted(true);
      return hold;
    };
    // Settles when released, stolen or aborted: then this request no longer holds the lock.
    const settled = () => this.dropped(id);
    this.locks?.request(LOCK, options, held).then(settled, settled);
  }

  private dropped(id: number): void {
    if (!this.holding || this.holder !== id) return;
    this.holding = false;
    this.release = undefined;
    this.events.lost();
  }

  private onMessage(message: Message): void {
    if (message.type === "saved" && !this.holding) this.events.saved(message.revision);
    if (message.type === "release" && this.holding && this.locks)
      void this.events.beforeRelease().finally(() => this.release?.());
  }
}
