// Event details region: everything about the selected event.
export function DetailsPanel() {
  return (
    <>
      <h2>Event details</h2>
      <p className="empty">Select an event in the timeline, chart or map to see it here.</p>
    </>
  );
}
