import '../styles/facilitator-setup.css';
import { useState } from 'preact/hooks';
import { useUi } from '../context';
import { spell } from './workshop';

/** A teacher's fresh class code, large enough to read from a screen, spelled out, with a copy button. */
export function MadeCode(props: { code: string; title: string }) {
  const { m } = useUi();
  const [copy, setCopy] = useState<'idle' | 'copied' | 'failed'>('idle');
  const onCopy = async () => {
    try {
      await navigator.clipboard.writeText(props.code);
      setCopy('copied');
    } catch {
      setCopy('failed');
    }
  };
  return (
    <section class="made-code" aria-label={m.classCodeFor(props.title)}>
      <p class="made-code-value" lang="en">
        {props.code}
      </p>
      <p class="made-code-spelled">{m.classCodeSpelled(spell(props.code))}</p>
      <p class="hint">{m.classCodeUse}</p>
      <button type="button" class="copy-code" onClick={() => void onCopy()}>
        {m.copyCode}
      </button>
      <span class="copy-status" role="status">
        {copy === 'copied' ? m.copied : copy === 'failed' ? m.copyFailed : ''}
      </span>
    </section>
  );
}
