import { describe, expect, it } from 'vitest';
import { type ApiWindow, findScormApi, MAX_API_DEPTH } from '../../src/lms/scorm-api';

const api = () => ({
  LMSInitialize: () => 'true',
  LMSFinish: () => 'true',
  LMSGetValue: () => '',
  LMSSetValue: () => 'true',
  LMSCommit: () => 'true',
  LMSGetLastError: () => '0',
});

/** A chain of `depth` windows under a top one; returns the innermost. */
function chain(depth: number, top: { API?: unknown; opener?: ApiWindow | null }): ApiWindow {
  const root: { API?: unknown; parent?: ApiWindow; opener?: ApiWindow | null } = { ...top };
  root.parent = root;
  let win: ApiWindow = root;
  for (let i = 0; i < depth; i++) win = { parent: win };
  return win;
}

describe('findScormApi', () => {
  it('finds the API in the window itself or a parent', () => {
    const own = api();
    expect(findScormApi({ API: own })).toBe(own);
    const top = api();
    expect(findScormApi(chain(3, { API: top }))).toBe(top);
  });

  it('looks up to the standard depth and no further', () => {
    const top = api();
    expect(findScormApi(chain(MAX_API_DEPTH, { API: top }))).toBe(top);
    expect(findScormApi(chain(MAX_API_DEPTH + 2, { API: top }))).toBeNull();
  });

  it("then looks in the opener's chain (a course launched in a popup)", () => {
    const lms = api();
    expect(findScormApi(chain(1, { opener: chain(2, { API: lms }) }))).toBe(lms);
  });

  it('is null outside an LMS, for something that is not an API, and across origins', () => {
    expect(findScormApi(chain(2, {}))).toBeNull();
    expect(findScormApi(chain(1, { API: { LMSInitialize: () => 'true' } }))).toBeNull();
    const foreign = {
      get API(): unknown {
        throw new DOMException('Blocked a frame', 'SecurityError');
      },
    };
    expect(findScormApi({ parent: foreign })).toBeNull();
  });
});
