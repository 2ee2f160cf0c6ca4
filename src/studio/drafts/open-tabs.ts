/**
 * Which drafts other tabs have open, from the messages tabs send each other on a BroadcastChannel.
 * Pure, so it is tested without a browser; `tab-channel.ts` wires it to the channel.
 */
export type TabMessage =
  /** A tab opened a draft (or asks who has it open): others that have it answer `here`. */
  | { readonly kind: 'open'; readonly tab: string; readonly draft: string }
  | { readonly kind: 'here'; readonly tab: string; readonly draft: string }
  /** A tab closed its draft (or itself). */
  | { readonly kind: 'closed'; readonly tab: string };

/** Other tabs' open drafts, by tab id. */
export type OpenTabs = ReadonlyMap<string, string>;

export function noteTab(tabs: OpenTabs, message: TabMessage, self: string): OpenTabs {
  if (message.tab === self) return tabs;
  const next = new Map(tabs);
  if (message.kind === 'closed') next.delete(message.tab);
  else next.set(message.tab, message.draft);
  return next;
}

export function openElsewhere(tabs: OpenTabs, draft: string): boolean {
  for (const open of tabs.values()) if (open === draft) return true;
  return false;
}

/** What this tab answers a message with: `here` when another tab just opened the draft it has open. */
export function answerTo(message: TabMessage, self: string, mine: string | null): TabMessage | null {
  if (message.kind !== 'open' || message.tab === self || mine === null || message.draft !== mine) return null;
  return { kind: 'here', tab: self, draft: mine };
}
