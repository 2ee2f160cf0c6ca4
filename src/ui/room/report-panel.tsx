import '../styles/room-report.css';
import { useEffect, useState } from 'preact/hooks';
import { type RoomReport, reportMarkdown } from '../../room';
import { downloadText } from '../download';
import { ImprovementEditor } from './improvement-editor';
import { ReportDocument } from './report-document';
import type { RoomLink } from './room-link';
import { useLinkState, useRoomUi } from './room-locale';
import { RefusalLine } from './room-status';

/**
 * The facilitator's after-action report, at the end of the workshop or at any time: the improvement
 * items to add at the closing discussion, the report itself (asked of the server again whenever the
 * room changes), printed as an A4 page or downloaded as Markdown or JSON.
 */
export function ReportPanel({ link, onClose }: { readonly link: RoomLink; readonly onClose: () => void }) {
  const { locale, t } = useRoomUi();
  const state = useLinkState(link);
  const [report, setReport] = useState<RoomReport | null>(null);
  const [refusal, setRefusal] = useState<string | null>(null);
  const control = state.room?.control ?? null;
  // What the report shows changed: asked again then only (every vote of an open vote updates the room,
  // and the report's requests share the facilitator's rate limit).
  const changed = JSON.stringify([
    state.view?.step,
    state.room?.joined,
    control?.improvements,
    control?.notes,
    control?.played.length,
  ]);
  useEffect(() => {
    void link.send({ type: 'report', token: link.token }).then((answer) => {
      if (!answer.ok) setRefusal(answer.refusal);
      else if (answer.report !== undefined) setReport(answer.report);
    });
  }, [link, changed]);

  const act = async (message: Record<string, unknown>): Promise<boolean> => {
    setRefusal(null);
    const answer = await link.signed(message);
    if (!answer.ok) setRefusal(answer.refusal);
    return answer.ok;
  };
  const fileName = (ext: string) => `lab-doors-report-${report?.room.code ?? 'room'}.${ext}`;
  return (
    <div class="room-report-panel">
      <div class="room-actions">
        <button type="button" onClick={onClose}>
          {t.closeReport}
        </button>
        <button type="button" class="room-primary" disabled={report === null} onClick={() => window.print()}>
          {t.printReport}
        </button>
        <button
          type="button"
          disabled={report === null}
          onClick={() =>
            report &&
            downloadText(
              fileName('md'),
              reportMarkdown(report, { locale, labels: t.report, formatDate: isoDay }),
              'text/markdown;charset=utf-8',
            )
          }
        >
          {t.downloadMarkdown}
        </button>
        <button
          type="button"
          disabled={report === null}
          onClick={() =>
            report &&
            downloadText(fileName('json'), `${JSON.stringify(report, null, 2)}\n`, 'application/json')
          }
        >
          {t.downloadJson}
        </button>
      </div>
      <RefusalLine refusal={refusal} />
      <ImprovementEditor items={control?.improvements ?? []} act={act} />
      {report === null ? <p role="status">{t.reportLoading}</p> : <ReportDocument report={report} />}
    </div>
  );
}

/** The reader's calendar day as YYYY-MM-DD: unambiguous in a file shared across countries. */
function isoDay(ms: number): string {
  const date = new Date(ms);
  const two = (n: number) => String(n).padStart(2, '0');
  return `${date.getFullYear()}-${two(date.getMonth() + 1)}-${two(date.getDate())}`;
}
