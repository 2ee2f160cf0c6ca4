import { answerTo, noteTab, type OpenTabs, openElsewhere, type TabMessage } from './open-tabs';

/**
 * Tells other tabs of this origin which draft this tab has open, and hears theirs, so that the studio
 * can warn when one draft is edited in two tabs (each would overwrite the other's saves). Without
 * BroadcastChannel there is no warning, and nothing else changes.
 */
export class TabChannel {
  private readonly self = crypto.randomUUID();
  private readonly channel: BroadcastChannel | null;
  private tabs: OpenTabs = new Map();
  private mine: string | null = null;

  constructor(private readonly onChange: () => void) {
    this.channel = typeof BroadcastChannel === 'function' ? new BroadcastChannel('lab-doors-studio') : null;
    if (this.channel) this.channel.onmessage = (event: MessageEvent<TabMessage>) => this.hear(event.data);
    window.addEventListener('pagehide', this.leave);
  }

  /** This tab now has `draft` open (null: none); other tabs that have it open answer. */
  open(draft: string | null): void {
    if (draft === this.mine) return;
    this.mine = draft;
    this.send(draft === null ? { kind: 'closed', tab: this.self } : { kind: 'open', tab: this.self, draft });
    this.onChange();
  }

  /** Whether another tab has this tab's draft open. */
  conflict(): boolean {
    return this.mine !== null && openElsewhere(this.tabs, this.mine);
  }

  close(): void {
    this.leave();
    window.removeEventListener('pagehide', this.leave);
    this.channel?.close();
  }

  private readonly leave = () => this.send({ kind: 'closed', tab: this.self });

  private hear(message: TabMessage): void {
    this.tabs = noteTab(this.tabs, message, this.self);
    const answer = answerTo(message, this.self, this.mine);
    if (answer) this.send(answer);
    this.onChange();
  }

  private send(message: TabMessage): void {
    this.channel?.postMessage(message);
  }
}
