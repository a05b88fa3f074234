// Which of a tab's frame reports belong to the page it shows now. Frame ids outlive navigations,
// and sub-frames may report before the top document does.

/** Clocks are read in different processes: a frame's document may start up to this long "before" the top's. */
const SKEW_MS = 100;

/** Drops the frames whose document started before the top document: they were on a page the tab has left. */
export function dropLeftPages(frames: Map<number, { since: number }>): void {
  const top = frames.get(0)?.since ?? 0;
  for (const [id, f] of frames) if (f.since < top - SKEW_MS) frames.delete(id);
}
