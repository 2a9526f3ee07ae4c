import { useEffect, useState, type RefObject } from "react";

/** Frames to wait after the last chart appears: Recharts 3 draws dots and labels in layers a render later. */
const SETTLE_FRAMES = 3;

/**
 * True once every chart inside `container` has drawn its SVG at a real size and the fonts are loaded, so that
 * printing (by a person or by the report command, which waits for this) never catches a half-drawn page. The
 * charts draw without animation, so drawn once means drawn for good. `key` restarts the wait when the data changes.
 */
export function useChartsDrawn(container: RefObject<HTMLElement | null>, key: unknown): boolean {
  const [drawn, setDrawn] = useState(false);
  // A new key clears `drawn` in the render that brings it, not in an effect after it: no render shows the old answer.
  const [waitingFor, setWaitingFor] = useState(key);
  if (key !== waitingFor) {
    setWaitingFor(key);
    setDrawn(false);
  }
  useEffect(() => {
    if (key == null) return;
    let frame = 0;
    let cancelled = false;
    const allDrawn = () => {
      const figures = [...(container.current?.querySelectorAll("figure.chart") ?? [])];
      return (
        container.current != null &&
        figures.every(
          (figure) => (figure.querySelector("svg.recharts-surface")?.getBoundingClientRect().width ?? 0) > 0,
        )
      );
    };
    const settle = (left: number) => {
      if (cancelled) return;
      if (left === 0) setDrawn(true);
      else frame = requestAnimationFrame(() => settle(left - 1));
    };
    const check = () => {
      if (cancelled) return;
      if (allDrawn()) void document.fonts.ready.then(() => settle(SETTLE_FRAMES));
      else frame = requestAnimationFrame(check);
    };
    frame = requestAnimationFrame(check);
    return () => {
      cancelled = true;
      cancelAnimationFrame(frame);
    };
  }, [container, key]);
  return drawn;
}
