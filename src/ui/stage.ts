import { useEffect, useRef } from 'preact/hooks';
import type { InstituteHandle, InstituteModel } from '../game/model';

/**
 * Mounts the Phaser institute view into #stage while the play screen is shown, loading Phaser (its own
 * chunk) on first use, and hands it each new model. The view draws; it never changes the run.
 */
export function useInstitute(model: InstituteModel | null): void {
  const handle = useRef<InstituteHandle | null>(null);
  const latest = useRef(model);
  latest.current = model;

  useEffect(() => {
    const parent = document.getElementById('stage');
    if (parent === null) return;
    let cancelled = false;
    void import('../game').then(async ({ mountInstitute }) => {
      if (cancelled || latest.current === null) return;
      const mounted = await mountInstitute(parent, latest.current);
      if (cancelled) mounted.destroy();
      else handle.current = mounted;
    });
    return () => {
      cancelled = true;
      handle.current?.destroy();
      handle.current = null;
    };
  }, []);

  useEffect(() => {
    if (model !== null) handle.current?.update(model);
  }, [model]);
}
