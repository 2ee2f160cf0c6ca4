import type { RefObject } from 'preact';
import { useEffect } from 'preact/hooks';

/**
 * Publishes the play-test bar's height as `--playtest-bar-height` on the root while it is shown. On a
 * phone the institute view is placed at the top of the page, where the bar is; studio.css moves it down
 * by this much so the bar (taller when it names the path replayed to a card) never covers the meters.
 */
export function useBarHeight(bar: RefObject<HTMLElement | null>): void {
  useEffect(() => {
    const element = bar.current;
    if (element === null) return;
    const root = document.documentElement;
    const publish = () => root.style.setProperty('--playtest-bar-height', `${element.offsetHeight}px`);
    publish();
    const observer = new ResizeObserver(publish);
    observer.observe(element);
    return () => {
      observer.disconnect();
      root.style.removeProperty('--playtest-bar-height');
    };
  }, [bar]);
}
