import { useLayoutEffect } from "react";

/**
 * The document's title names the page, or on a client's page the client its heading names: "Alex Morgan —
 * Follow-Up". Pages draw their heading once their data is in, so a title taken from it waits for it.
 */
export function usePageTitle(title: string | null | undefined) {
  useLayoutEffect(() => {
    // Not this component's to say: a page further in names itself.
    if (title === undefined) return;
    if (title !== null) {
      document.title = title ? `${title} — Follow-Up` : "Follow-Up";
      return;
    }
    const name = () => {
      const heading = document.querySelector("main h1")?.textContent;
      if (heading) document.title = `${heading} — Follow-Up`;
    };
    name();
    const observer = new MutationObserver(name);
    observer.observe(document.body, { childList: true, subtree: true, characterData: true });
    return () => observer.disconnect();
  }, [title]);
}
