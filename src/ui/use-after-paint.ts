// Some parts of a screen are worth a request but not a delay: asked once the first frame is
// on screen, their request never queues in front of what that frame needs.
import { useEffect, useState } from 'preact/hooks';

/** False for the first render, true from the render after it (effects run after the paint). */
export function useAfterPaint(): boolean {
  const [painted, setPainted] = useState(false);
  useEffect(() => setPainted(true), []);
  return painted;
}
