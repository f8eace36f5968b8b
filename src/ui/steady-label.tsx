// A button's label that swaps between two words (Play and Pause) in one width: the unseen word holds it.
import './steady-label.css';

/** `shown`, laid over `spare`, which is hidden from sight and from screen readers. */
export function SteadyLabel({ shown, spare }: { shown: string; spare: string }) {
  return (
    <span className="steady-label">
      <span>{shown}</span>
      <span className="steady-label-spare" aria-hidden="true">
        {spare}
      </span>
    </span>
  );
}
