// Timeline region: the events in date order.
import { useFilteredEvents } from '@/state/atlas-context';

export function TimelinePanel() {
  const events = useFilteredEvents();
  return (
    <>
      <h2>Timeline</h2>
      <p className="empty">{events.length} events in view.</p>
    </>
  );
}
