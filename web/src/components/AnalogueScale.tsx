import { useId, useRef, type KeyboardEvent, type PointerEvent, type Ref } from "react";
import { percentOf, valueAfterKey, valueAt, valueText } from "./analogue-scale-math";
import "./analogue-scale.css";

/**
 * A visual-analogue line, as the ORS and the SRS are validated on paper: a 10 cm line the person marks anywhere along,
 * read as the distance from the left end to one decimal (0.0–10.0). There is no mark, and no value, until the person
 * makes one: a line that starts at a default would put words in their mouth.
 *
 * It is a slider (role="slider") on the line itself, so a tap or a drag on the line (touch, mouse or pen) and the
 * keyboard (arrows, Page Up/Down, Home/End) do the same. The anchor words sit under each end, outside the slider,
 * where everyone reads them; they also describe it to a screen reader. It works as a react-hook-form Controller's
 * control: `value`, `onChange`, `onBlur` and a `ref` that can take the focus.
 */
export function AnalogueScale({
  label,
  anchors,
  value,
  onChange,
  onBlur,
  ref,
  name,
  invalid = false,
  errorId,
}: {
  /** The line's name, shown above it: "Me personally". */
  label: string;
  /** The words at the left and at the right end: ["Not well", "Very well"]. */
  anchors: readonly [string, string];
  /** The mark, 0–10 to one decimal; null while the line is not marked. */
  value: number | null;
  onChange: (value: number) => void;
  onBlur?: () => void;
  ref?: Ref<HTMLDivElement>;
  name?: string;
  invalid?: boolean;
  /** The id of the message that says what is wrong with it, when there is one. */
  errorId?: string;
}) {
  const id = useId();
  const track = useRef<HTMLDivElement | null>(null);
  const dragging = useRef<number | null>(null);

  const markAt = (clientX: number) => {
    const box = track.current?.getBoundingClientRect();
    if (box) onChange(valueAt(clientX - box.left, box.width));
  };

  const down = (event: PointerEvent<HTMLDivElement>) => {
    if (event.button !== 0) return;
    event.preventDefault();
    // Held by the line until the finger lifts, so a drag that strays off it still moves the mark.
    event.currentTarget.setPointerCapture(event.pointerId);
    dragging.current = event.pointerId;
    event.currentTarget.focus();
    markAt(event.clientX);
  };
  const move = (event: PointerEvent<HTMLDivElement>) => {
    if (dragging.current === event.pointerId) markAt(event.clientX);
  };
  const up = (event: PointerEvent<HTMLDivElement>) => {
    if (dragging.current !== event.pointerId) return;
    dragging.current = null;
    if (event.currentTarget.hasPointerCapture(event.pointerId))
      event.currentTarget.releasePointerCapture(event.pointerId);
  };
  const key = (event: KeyboardEvent<HTMLDivElement>) => {
    const next = valueAfterKey(event.key, value);
    if (next === undefined) return;
    event.preventDefault();
    onChange(next);
  };

  const setRef = (element: HTMLDivElement | null) => {
    track.current = element;
    if (typeof ref === "function") ref(element);
    else if (ref) ref.current = element;
  };

  return (
    <div className={`analogue-scale${invalid ? " invalid" : ""}`}>
      <span className="analogue-label" id={`${id}-label`}>
        {label}
      </span>
      <div
        ref={setRef}
        className="analogue-track"
        role="slider"
        tabIndex={0}
        data-name={name}
        aria-labelledby={`${id}-label`}
        aria-describedby={[`${id}-anchors`, invalid ? errorId : undefined].filter(Boolean).join(" ")}
        aria-invalid={invalid || undefined}
        aria-orientation="horizontal"
        aria-valuemin={0}
        aria-valuemax={10}
        // ARIA asks every slider for a number; until a mark is made the text says there is none.
        aria-valuenow={value ?? 0}
        aria-valuetext={valueText(value)}
        onPointerDown={down}
        onPointerMove={move}
        onPointerUp={up}
        onPointerCancel={up}
        onKeyDown={key}
        onBlur={onBlur}
      >
        <span className="analogue-line" aria-hidden="true" />
        {value !== null && (
          <span className="analogue-mark" aria-hidden="true" style={{ left: `${percentOf(value)}%` }} />
        )}
      </div>
      <div className="analogue-anchors" id={`${id}-anchors`}>
        <span>{anchors[0]}</span>
        <span className="visually-hidden"> to </span>
        <span>{anchors[1]}</span>
      </div>
      <span className="analogue-value" aria-hidden="true">
        {value === null ? "Tap the line to mark it" : value.toFixed(1)}
      </span>
    </div>
  );
}
