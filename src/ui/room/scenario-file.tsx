import { useEffect, useState } from 'preact/hooks';
import type { LocalText } from '../../engine';
import { MAX_SCENARIO_UPLOAD_BYTES, SCENARIO_UPLOAD_PATH } from '../../room';
import { localize } from '../context';
import type { HandedDraft } from './draft-handoff';
import { useRoomUi } from './room-locale';

/** One finding of the server's check (see src/server/scenario-upload.ts). */
interface Finding {
  readonly file: string;
  readonly line: number;
  readonly path: string;
  readonly code: string;
  readonly severity: string;
  readonly message: { readonly en: string; readonly ko: string };
}

type UploadAnswer =
  | { readonly ok: true; readonly scenario: string; readonly title: LocalText }
  | {
      readonly ok: false;
      readonly refusal: string;
      readonly findings?: readonly Finding[];
      readonly shippedId?: string;
    };

type Status =
  | { readonly kind: 'idle' | 'busy' }
  | { readonly kind: 'accepted'; readonly title: LocalText }
  | { readonly kind: 'refused'; readonly answer: Extract<UploadAnswer, { ok: false }> };

/**
 * "Open a file", beside the shipped scenarios: the file's text goes to the server (with the host token),
 * which checks it as `npm run validate` does; its findings are listed as text (file, line, path, what),
 * never as markup. Accepted, the scenario is offered and selected for the new room.
 */
export function ScenarioFile(props: {
  readonly hostToken: string;
  readonly onAccepted: (id: string, title: LocalText) => void;
  /** A draft the studio handed over ("run in a live room"): uploaded at once, like an opened file. */
  readonly handed?: HandedDraft | null;
}) {
  const { locale, t } = useRoomUi();
  const [status, setStatus] = useState<Status>({ kind: 'idle' });

  const check = async (name: string, text: string) => {
    setStatus({ kind: 'busy' });
    const answer = await upload(props.hostToken, name, text);
    if (!answer.ok) return setStatus({ kind: 'refused', answer });
    setStatus({ kind: 'accepted', title: answer.title });
    props.onAccepted(answer.scenario, answer.title);
  };
  const open = async (file: File | undefined) => {
    if (file === undefined) return;
    if (file.size > MAX_SCENARIO_UPLOAD_BYTES)
      return setStatus({ kind: 'refused', answer: { ok: false, refusal: 'too-large' } });
    await check(file.name, await file.text());
  };
  const handed = props.handed ?? null;
  useEffect(() => {
    if (handed !== null) void check(handed.name, handed.text);
  }, [handed]);

  return (
    <div class="room-scenario-file">
      <label class="room-file">
        {t.openScenarioFile}
        <input
          type="file"
          name="scenario-file"
          accept=".json,application/json"
          onChange={(e) => void open(e.currentTarget.files?.[0])}
        />
      </label>
      <div role="status" aria-live="polite">
        {status.kind === 'busy' && <p>{t.uploadChecking}</p>}
        {status.kind === 'accepted' && <p>{t.uploadAccepted(localize(status.title, locale))}</p>}
        {status.kind === 'refused' && <Refused answer={status.answer} />}
      </div>
    </div>
  );
}

function Refused({ answer }: { readonly answer: Extract<UploadAnswer, { ok: false }> }) {
  const { locale, t } = useRoomUi();
  if (answer.refusal === 'shipped-id')
    return <p class="room-refusal">{t.uploadShippedId(answer.shippedId ?? '')}</p>;
  if (answer.refusal !== 'errors' || answer.findings === undefined)
    return <p class="room-refusal">{t.uploadRefused(answer.refusal)}</p>;
  const errors = answer.findings.filter((f) => f.severity === 'error');
  return (
    <div class="room-refusal room-findings">
      <p>{t.uploadErrors(errors.length)}</p>
      <ul>
        {errors.slice(0, 50).map((f, index) => (
          <li key={index} data-line={f.line}>
            {t.finding(f.file, f.line, f.path, f.code, f.message[locale])}
          </li>
        ))}
      </ul>
    </div>
  );
}

async function upload(hostToken: string, name: string, text: string): Promise<UploadAnswer> {
  try {
    const response = await fetch(SCENARIO_UPLOAD_PATH, {
      method: 'POST',
      headers: { authorization: `Bearer ${hostToken}`, 'content-type': 'application/json' },
      body: JSON.stringify({ name, text }),
    });
    return (await response.json()) as UploadAnswer;
  } catch {
    return { ok: false, refusal: 'no-answer' };
  }
}
