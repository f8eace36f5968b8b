// A copy-to-clipboard button: the Clipboard API, then the textarea way, then the text shown to copy by hand.
import { useEffect, useRef, useState } from 'react';
import './copy-button.css';

/** How long "Link copied" stays before the button reads "Copy link" again. */
const CONFIRM_MS = 2000;

/** The pre-Clipboard-API way, for plain-http intranets where navigator.clipboard is missing. */
function copiedWithTextarea(text: string): boolean {
  const area = document.createElement('textarea');
  area.value = text;
  area.setAttribute('readonly', '');
  area.style.position = 'fixed';
  area.style.opacity = '0';
  document.body.append(area);
  area.select();
  try {
    return document.execCommand('copy');
  } catch {
    return false;
  } finally {
    area.remove();
  }
}

async function copied(text: string): Promise<boolean> {
  try {
    if (navigator.clipboard) {
      await navigator.clipboard.writeText(text);
      return true;
    }
  } catch {
    // Denied (no permission, not focused): try the old way below.
  }
  return copiedWithTextarea(text);
}

interface CopyButtonLabels {
  copy: string;
  copied: string;
  /** Labels the field that shows the text when no way of copying works. */
  failed: string;
}

/** Copies `text()` (read at click time, so it is always current) and confirms. */
export function CopyButton({ text, labels }: { text: () => string; labels: CopyButtonLabels }) {
  const [state, setState] = useState<'idle' | 'copied' | 'failed'>('idle');
  const [link, setLink] = useState('');
  const fallback = useRef<HTMLInputElement>(null);

  useEffect(() => {
    if (state !== 'copied') return;
    const timer = setTimeout(() => setState('idle'), CONFIRM_MS);
    return () => clearTimeout(timer);
  }, [state]);

  useEffect(() => {
    if (state === 'failed') fallback.current?.select();
  }, [state]);

  const copy = async () => {
    const value = text();
    setLink(value);
    setState((await copied(value)) ? 'copied' : 'failed');
  };

  return (
    <span className="copy-link">
      <button type="button" onClick={() => void copy()}>
        {labels.copy}
      </button>
      <span className="copy-link-status" role="status" aria-live="polite">
        {state === 'copied' ? labels.copied : ''}
      </span>
      {state === 'failed' && (
        <label className="copy-link-fallback">
          {labels.failed}
          <input ref={fallback} readOnly value={link} onFocus={(e) => e.currentTarget.select()} />
        </label>
      )}
    </span>
  );
}
