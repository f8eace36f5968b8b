// Cumulative transfers region.
export function ChartPanel() {
  return (
    <>
      <h2>Cumulative transfers</h2>
      <p className="empty">No chart yet.</p>
    </>
  );
}
