// The picker's preview of the text an item would insert: its link on a line of its own that
// always shows, the rest above it, scrolled with a fade when longer than the box (whose size
// never changes with the text: Picker.tsx).
import { useLayoutEffect, useRef, useState } from 'preact/hooks';
import type { ShareText } from '../../contract/index';

/** Where a link may wrap: after a slash of its path, before its query and each parameter. */
const linkParts = (link: string) => link.split(/(?<=[^/]\/)(?!\/)|(?=[?&])/).flatMap((part, i) => (i ? [<wbr key={i} />, part] : [part]));

/** The text as it goes in, its link on a line of its own that always shows, under the rest. */
export function PreviewText({ share }: { share: ShareText }) {
  const body = useRef<HTMLDivElement>(null);
  const [more, setMore] = useState(false);
  // Said only when the text is longer than the box: a fade at its foot until scrolled there.
  const measure = () => {
    const box = body.current;
    setMore(box !== null && box.scrollHeight - box.scrollTop - box.clientHeight > 2);
  };
  useLayoutEffect(() => {
    // Another text starts at its top, not where the last one was scrolled to.
    if (body.current) body.current.scrollTop = 0;
    measure();
  }, [share]);
  const at = share.link ? share.text.lastIndexOf(share.link) : -1;
  if (at < 0) return <p class="picker-text">{share.text}</p>;
  return (
    <>
      <div ref={body} class={more ? 'picker-body more' : 'picker-body'} tabIndex={0} onScroll={measure}>
        <p class="picker-text">{share.text.slice(0, at).trimEnd()}</p>
      </div>
      <p class="picker-link">
        {linkParts(share.link)}
        {share.text.slice(at + share.link.length)}
      </p>
    </>
  );
}
