// The story panel: add the current view as a step, caption, reorder, delete, show and play; files and links.
import { useQuery } from '@tanstack/react-query';
import { useEffect, useId, useMemo, useRef, useState, type ChangeEvent } from 'react';
import { useAtlasIndex } from '@/state/atlas-context';
import { DEFAULT_URL_VIEW, serializedEntries, urlViewOf } from '@/state/url-codec';
import { MAX_STORY_VALUE } from '@/state/url-keys';
import { linkFor } from '@/state/url-sync';
import { useViewStore } from '@/state/view-store';
import { CopyButton } from '@/ui/copy-button';
import { downloadBlob } from '@/ui/download';
import { eventTitle, formatNumber } from '@/ui/format';
import { fill, useLang, useMessages } from '@/ui/i18n';
import { STORIES_MESSAGES } from './stories-messages';
import { storyFileName, useStoryDraft } from './story-draft';
import { storiesQueryOptions } from './stories-query';
import { encodeStory, fitsLink } from './story-link';
import { stepView } from './story-player';
import { parseStoriesText, STEP_VIEW_KEYS, validateStories, type Story } from './story-schema';
import './stories.css';

/** The current view as a step's view: the keys a step may set, in link form. */
function currentStepView(): string {
  return serializedEntries(urlViewOf(useViewStore.getState()))
    .filter(([key]) => STEP_VIEW_KEYS.includes(key))
    .map(([key, value]) => `${key}=${value}`)
    .join('&');
}

/**
 * What stops the draft from being a story a file or link may carry, in the file's words, a step named
 * as the panel numbers it ("Step 1, caption: must not be empty", not "steps[0].caption: …").
 */
function problemsOf(draft: Story, stepWord: string): string[] {
  const result = validateStories({ stories: [draft] });
  if (result.ok) return [];
  return result.errors.map((e) =>
    e
      .replace(/^stories\[0\]\.?/, '')
      .replace(/^steps\[(\d+)\]\.?/, (_, at: string) =>
        fill(stepWord, { n: String(Number(at) + 1) }),
      ),
  );
}

export function StoryActions() {
  const t = useMessages(STORIES_MESSAGES);
  const count = useStoryDraft((s) => s.draft.steps.length);
  const [open, setOpen] = useState(false);
  const panelId = useId();
  const toggle = useRef<HTMLButtonElement>(null);
  // Closed with its button or Escape, focus goes back to the button that opened it.
  const close = () => {
    setOpen(false);
    toggle.current?.focus();
  };
  return (
    <>
      <button
        ref={toggle}
        type="button"
        aria-expanded={open}
        aria-controls={panelId}
        onClick={() => setOpen(!open)}
      >
        {fill(t.storyButton, { n: count })}
      </button>
      {open && <StoryPanel id={panelId} onClose={close} />}
    </>
  );
}

/** The stories that come with the dataset, each to play as its link would (present mode, step 1). */
function BundledStories() {
  const t = useMessages(STORIES_MESSAGES);
  const lang = useLang();
  const { data: stories } = useQuery(storiesQueryOptions());
  if (!stories?.length) return null;
  return (
    <section className="story-bundled" aria-label={t.bundledHeading}>
      <h3>{t.bundledHeading}</h3>
      <ul>
        {stories.map((story) => (
          <li key={story.id}>
            <span>
              {fill(t.bundledStory, {
                title: (lang === 'zh' ? story.title_zh : undefined) ?? story.title,
                n: formatNumber(story.steps.length, lang),
              })}
            </span>
            <button
              type="button"
              onClick={() =>
                useViewStore.setState({ story: story.id, step: null, mode: 'present' })
              }
            >
              {t.play}
            </button>
          </li>
        ))}
      </ul>
    </section>
  );
}

function StoryPanel({ id, onClose }: { id: string; onClose: () => void }) {
  const t = useMessages(STORIES_MESSAGES);
  const lang = useLang();
  const index = useAtlasIndex();
  const version = index.dataset.version;
  const { draft, addStep, setTitle, setCaption, moveStep, removeStep, insertStep, replace } =
    useStoryDraft();
  const problems = useMemo(() => problemsOf(draft, t.problemStep), [draft, t.problemStep]);
  const [encoded, setEncoded] = useState<{ draft: Story; value: string } | null>(null);
  // Encoding is async: a value made from an older draft is not this draft's link.
  const linkValue = encoded?.draft === draft && !problems.length ? encoded.value : null;
  const [fileNote, setFileNote] = useState<{ ok: boolean; lines: string[] } | null>(null);
  const [dragFrom, setDragFrom] = useState<number | null>(null);
  // The last change that lost something (a step deleted, a story replaced by an import): what it
  // was, said beside one Undo that brings it back.
  const [undo, setUndo] = useState<{ said: string; run: () => void } | null>(null);
  const undoButton = useRef<HTMLButtonElement>(null);
  const handles = useRef<(HTMLButtonElement | null)[]>([]);
  const focusAt = useRef<number | null>(null);
  const captions = useRef<(HTMLTextAreaElement | null)[]>([]);
  // A step just added: its caption is where the author goes next.
  const captionAt = useRef<number | null>(null);
  const fileInput = useRef<HTMLInputElement>(null);

  useEffect(() => {
    let live = true;
    if (problems.length) return;
    void encodeStory(draft).then((value) => {
      if (live) setEncoded({ draft, value });
    });
    return () => {
      live = false;
    };
  }, [draft, problems]);

  useEffect(() => {
    if (focusAt.current !== null) handles.current[focusAt.current]?.focus();
    focusAt.current = null;
    // Selected, so typing replaces the event title a step starts with.
    if (captionAt.current !== null) captions.current[captionAt.current]?.select();
    captionAt.current = null;
  });

  const move = (from: number, to: number) => {
    if (to < 0 || to >= draft.steps.length || to === from) return;
    moveStep(from, to);
    focusAt.current = to;
  };

  // Focus goes to Undo, not to the page's top: the button pressed is gone.
  const onDelete = (at: number) => {
    const step = draft.steps[at];
    if (!step) return;
    removeStep(at);
    setUndo({
      said: fill(t.deleted, { n: formatNumber(at + 1, lang) }),
      run: () => {
        const back = Math.min(at, useStoryDraft.getState().draft.steps.length);
        insertStep(back, step);
        focusAt.current = back;
      },
    });
    requestAnimationFrame(() => undoButton.current?.focus());
  };

  const onUndo = () => {
    undo?.run();
    setUndo(null);
  };

  const onAdd = () => {
    const { selectedId } = useViewStore.getState();
    const event = selectedId === null ? undefined : index.eventById.get(selectedId);
    addStep(currentStepView(), event ? eventTitle(event, lang) : '', version);
    captionAt.current = useStoryDraft.getState().draft.steps.length - 1;
  };

  const onExport = () => {
    const body = `${JSON.stringify({ stories: [draft] }, null, 2)}\n`;
    downloadBlob(new Blob([body], { type: 'application/json' }), storyFileName(draft));
  };

  const onImport = async (e: ChangeEvent<HTMLInputElement>) => {
    const file = e.currentTarget.files?.[0];
    e.currentTarget.value = '';
    if (!file) return;
    const result = parseStoriesText(await file.text());
    const story = result.ok ? result.stories[0] : undefined;
    if (!result.ok || !story) {
      setFileNote({ ok: false, lines: result.ok ? ['stories: empty'] : result.errors });
      return;
    }
    // Read now, not from the render that made this handler: the file took its time to read.
    const before = useStoryDraft.getState().draft;
    replace(story);
    // The story being made is not lost to a file chosen by mistake.
    setUndo(
      before.steps.length === 0
        ? null
        : {
            said: fill(before.steps.length === 1 ? t.replacedOne : t.replaced, {
              title: before.title,
              n: formatNumber(before.steps.length, lang),
            }),
            run: () => {
              replace(before);
              setFileNote(null);
            },
          },
    );
    setFileNote({
      ok: true,
      lines: [fill(t.imported, { title: story.title, n: story.steps.length })],
    });
  };

  const play = () => {
    if (linkValue !== null && fitsLink(linkValue))
      useViewStore.setState({ story: linkValue, step: 1, mode: 'present' });
  };

  const max = formatNumber(MAX_STORY_VALUE, lang);
  const otherVersion = draft.version !== undefined && draft.version !== version;

  return (
    <section
      id={id}
      className="story-panel"
      aria-label={t.panelLabel}
      onKeyDown={(e) => {
        // Escape closes the panel (a caption being typed included), not the page's selection.
        if (e.key !== 'Escape') return;
        e.preventDefault();
        e.stopPropagation();
        onClose();
      }}
    >
      <div className="story-panel-head">
        <label>
          {t.storyTitle}
          <input value={draft.title} maxLength={80} onChange={(e) => setTitle(e.target.value)} />
        </label>
        <button type="button" onClick={onClose}>
          {t.close}
        </button>
      </div>
      <button type="button" className="story-add" onClick={onAdd}>
        {t.addStep}
      </button>
      {otherVersion && (
        <p className="story-note" role="status">
          {fill(t.otherVersion, { story: draft.version ?? '', current: version })}
        </p>
      )}
      {draft.steps.length === 0 ? (
        <p className="story-empty">{t.noSteps}</p>
      ) : (
        <>
          <p className="story-hint">{t.reorderHint}</p>
          <ol className="story-steps">
            {draft.steps.map((step, i) => (
              <li
                key={`${i}:${step.view}`}
                className={dragFrom === i ? 'story-step is-dragging' : 'story-step'}
                draggable
                onDragStart={(e) => {
                  e.dataTransfer.setData('text/plain', String(i));
                  e.dataTransfer.effectAllowed = 'move';
                  setDragFrom(i);
                }}
                onDragOver={(e) => e.preventDefault()}
                onDrop={(e) => {
                  e.preventDefault();
                  const from = Number(e.dataTransfer.getData('text/plain'));
                  if (Number.isInteger(from)) move(from, i);
                  setDragFrom(null);
                }}
                onDragEnd={() => setDragFrom(null)}
              >
                <button
                  type="button"
                  ref={(el) => {
                    handles.current[i] = el;
                  }}
                  className="story-handle"
                  aria-label={fill(t.reorder, { n: i + 1 })}
                  onKeyDown={(e) => {
                    if (e.key !== 'ArrowUp' && e.key !== 'ArrowDown') return;
                    e.preventDefault();
                    move(i, e.key === 'ArrowUp' ? i - 1 : i + 1);
                  }}
                >
                  {i + 1}
                </button>
                <textarea
                  ref={(el) => {
                    captions.current[i] = el;
                  }}
                  aria-label={fill(t.stepCaption, { n: i + 1 })}
                  value={step.caption}
                  maxLength={400}
                  rows={2}
                  onChange={(e) => setCaption(i, e.target.value)}
                />
                <span className="story-step-actions">
                  <button
                    type="button"
                    onClick={() => useViewStore.setState(stepView(step, index))}
                  >
                    {t.show}
                  </button>
                  <button type="button" onClick={() => move(i, i - 1)} disabled={i === 0}>
                    {t.moveUp}
                  </button>
                  <button
                    type="button"
                    onClick={() => move(i, i + 1)}
                    disabled={i === draft.steps.length - 1}
                  >
                    {t.moveDown}
                  </button>
                  <button type="button" onClick={() => onDelete(i)}>
                    {t.remove}
                  </button>
                </span>
              </li>
            ))}
          </ol>
        </>
      )}
      {undo && (
        <p className="story-note story-undo" role="status">
          {undo.said}
          <button ref={undoButton} type="button" onClick={onUndo}>
            {t.undo}
          </button>
        </p>
      )}
      {problems.length > 0 && draft.steps.length > 0 && (
        <div className="story-note">
          {t.fixFirst}
          <ul>
            {problems.map((p) => (
              <li key={p}>{p}</li>
            ))}
          </ul>
        </div>
      )}
      <div className="story-files">
        <button type="button" onClick={play} disabled={linkValue === null || !fitsLink(linkValue)}>
          {t.play}
        </button>
        <button type="button" onClick={onExport} disabled={problems.length > 0}>
          {t.exportFile}
        </button>
        <button type="button" onClick={() => fileInput.current?.click()}>
          {t.importFile}
        </button>
        <input
          ref={fileInput}
          type="file"
          accept="application/json,.json"
          hidden
          aria-label={t.importFile}
          onChange={(e) => void onImport(e)}
        />
        {linkValue !== null && fitsLink(linkValue) && (
          <CopyButton
            text={() => linkFor({ ...DEFAULT_URL_VIEW, story: linkValue, mode: 'present' })}
            labels={{ copy: t.copyStoryLink, copied: t.storyLinkCopied, failed: t.copyFailed }}
          />
        )}
      </div>
      {linkValue !== null && !fitsLink(linkValue) ? (
        <p className="story-note" role="status">
          {fill(t.linkTooLong, { n: formatNumber(linkValue.length, lang), max })}
        </p>
      ) : (
        <p className="story-hint">{fill(t.linkLimit, { max })}</p>
      )}
      {fileNote && (
        <div className="story-note" role={fileNote.ok ? 'status' : 'alert'}>
          {!fileNote.ok && t.importFailed}
          <ul>
            {fileNote.lines.map((line) => (
              <li key={line}>{line}</li>
            ))}
          </ul>
        </div>
      )}
      <BundledStories />
    </section>
  );
}
