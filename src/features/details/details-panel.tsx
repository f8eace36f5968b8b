// Event details region: the selected event with every source, or an honest note when there is none.
import { useAtlasIndex, useFilteredView } from '@/state/atlas-context';
import { useViewStore } from '@/state/view-store';
import { formatNumber } from '@/ui/format';
import { fill, useLang, useMessages } from '@/ui/i18n';
import { DETAILS_MESSAGES } from './details-messages';
import { DetailsNotice } from './details-notice';
import { EventDetails } from './event-details';
import { TallyDetails } from './tally-details';
import './details.css';

export function DetailsPanel() {
  const m = useMessages(DETAILS_MESSAGES);
  const selectedId = useViewStore((s) => s.selectedId);
  const selectedTally = useViewStore((s) => s.selectedTally);
  const select = useViewStore((s) => s.select);
  const selectTally = useViewStore((s) => s.selectTally);
  const index = useAtlasIndex();
  const event = selectedId === null ? undefined : index.eventById.get(selectedId);
  const tally =
    selectedTally === null ? undefined : index.dataset.tallies.find((t) => t.id === selectedTally);
  return (
    <div className="details">
      <h2>{m.heading}</h2>
      {selectedTally !== null ? (
        tally ? (
          <TallyDetails tally={tally} />
        ) : (
          <DetailsNotice
            text={fill(m.unknownTally, { id: selectedTally })}
            button={m.clearSelection}
            onClick={() => selectTally(null)}
          />
        )
      ) : selectedId === null ? (
        <NothingSelected />
      ) : event ? (
        <EventDetails event={event} />
      ) : (
        <DetailsNotice
          text={fill(m.unknown, { id: selectedId })}
          button={m.clearSelection}
          onClick={() => select(null)}
        />
      )}
    </div>
  );
}

function NothingSelected() {
  const m = useMessages(DETAILS_MESSAGES);
  const lang = useLang();
  const { events: filtered } = useFilteredView();
  const select = useViewStore((s) => s.select);
  const resetFilters = useViewStore((s) => s.resetFilters);
  const first = filtered[0];
  return (
    <div className="details-empty">
      <p>{m.empty}</p>
      {first ? (
        <p>
          {filtered.length === 1
            ? m.inViewOne
            : fill(m.inViewMany, { n: formatNumber(filtered.length, lang) })}{' '}
          <button type="button" onClick={() => select(first.id)}>
            {m.showFirst}
          </button>
        </p>
      ) : (
        <p>
          {m.noneInView}{' '}
          <button type="button" onClick={resetFilters}>
            {m.clearFilters}
          </button>
        </p>
      )}
    </div>
  );
}
