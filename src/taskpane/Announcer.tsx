import { AnnounceProvider } from "@fluentui/react-components";
import { type ReactNode, useCallback, useEffect, useMemo, useRef } from "react";

/**
 * Screen readers hear what Fluent UI components announce (a MessageBar announces its text when it
 * appears: template created, master written, an error): FluentProvider has no announcer of its own,
 * so without this those announcements went nowhere. Two live regions, polite and assertive, are in
 * the page from the start (a live region must exist before its text changes); the same message
 * twice in a row is still read (a no-break space tells them apart).
 *
 * The regions sit in a closed shadow root of a visually hidden host: the accessibility tree includes
 * them, while the page's own text (and every test that looks for a notice by its text, in jsdom or a
 * browser) finds each notice once, where it is drawn. announcerRegions gives tests the regions.
 */
const HIDDEN = { position: "absolute", width: 1, height: 1, margin: -1, padding: 0, overflow: "hidden", clip: "rect(0 0 0 0)", whiteSpace: "nowrap", border: 0 } as const;

const shadowRegions = new WeakMap<Element, HTMLElement[]>();

/** The live regions behind an Announcer's host element (for tests: the shadow root is closed). */
export function announcerRegions(host: Element): HTMLElement[] {
  return shadowRegions.get(host) ?? [];
}

export function Announcer({ children }: { children: ReactNode }) {
  const host = useRef<HTMLDivElement>(null);
  const regions = useRef<{ polite: HTMLElement; assertive: HTMLElement } | null>(null);
  useEffect(() => {
    const element = host.current;
    if (!element || regions.current) return;
    const root = element.attachShadow({ mode: "closed" });
    const make = (politeness: "polite" | "assertive") => {
      const region = element.ownerDocument.createElement("div");
      region.setAttribute("aria-live", politeness);
      region.setAttribute("aria-atomic", "true");
      region.dataset.politeness = politeness;
      root.append(region);
      return region;
    };
    regions.current = { polite: make("polite"), assertive: make("assertive") };
    shadowRegions.set(element, [regions.current.polite, regions.current.assertive]);
  }, []);
  const announce = useCallback((message: string, options?: { alert?: boolean; polite?: boolean }) => {
    const region = regions.current?.[options?.alert ? "assertive" : "polite"];
    if (region) region.textContent = region.textContent === message ? `${message}\u00a0` : message;
  }, []);
  const value = useMemo(() => ({ announce }), [announce]);
  return (
    <AnnounceProvider value={value}>
      {children}
      <div ref={host} style={HIDDEN} data-testid="announcer" />
    </AnnounceProvider>
  );
}
