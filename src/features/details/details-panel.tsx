// Event details region: the selected event with every source, or an honest note when there is none.
import { useAtlasIndex, useFilteredEvents } from '@/state/atlas-context';
import { useViewStore } from '@/state/view-store';
import { fill, useMessages } from '@/ui/i18n';
import { DETAILS_MESSAGES } from './details-messages';
import { EventDetails } from './event-details';
import './details.css';

export function DetailsPanel() {
  const m = useMessages(DETAILS_MESSAGES);
  const selectedId = useViewStore((s) => s.selectedId);
  const index = useAtlasIndex();
  const event = selectedId === null ? undefined : index.eventById.get(selectedId);
  return (
    <div className="details">
      <h2>{m.heading}</h2>
      {selectedId === null ? (
        <NothingSelected />
      ) : event ? (
        <EventDetails event={event} />
      ) : (
        <UnknownEvent id={selectedId} />
      )}
    </div>
  );
}

function NothingSelected() {
  const m = useMessages(DETAILS_MESSAGES);
  const filtered = useFilteredEvents();
  const select = useViewStore((s) => s.select);
  const resetFilters = useViewStore((s) => s.resetFilters);
  const first = filtered[0];
  return (
    <div className="details-empty">
      <p>{m.empty}</p>
      {first ? (
        <p>
          {filtered.length === 1 ? m.inViewOne : fill(m.inViewMany, { n: filtered.length })}{' '}
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

function UnknownEvent({ id }: { id: string }) {
  const m = useMessages(DETAILS_MESSAGES);
  const select = useViewStore((s) => s.select);
  return (
    <div className="details-notice" role="status">
      <p>{fill(m.unknown, { id })}</p>
      <button type="button" onClick={() => select(null)}>
        {m.clearSelection}
      </button>
    </div>
  );
}
