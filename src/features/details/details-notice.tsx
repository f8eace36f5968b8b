// A notice in the details panel: what is wrong with the selection, and the one button that leaves it.
export function DetailsNotice(props: { text: string; button: string; onClick: () => void }) {
  return (
    <div className="details-notice" role="status">
      <p>{props.text}</p>
      <button type="button" onClick={props.onClick}>
        {props.button}
      </button>
    </div>
  );
}
