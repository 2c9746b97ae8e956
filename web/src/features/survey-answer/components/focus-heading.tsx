import { useEffect, useRef, type ReactNode } from 'react';

/**
 * The page's h1, naming the document too; `focus` moves focus to it when it replaces what was on
 * the screen (the thank-you after sending), so screen readers start there.
 */
export function FocusHeading({
  title,
  documentTitle,
  focus = false,
  lang,
  children,
}: {
  title: string;
  documentTitle?: string;
  focus?: boolean;
  lang?: string;
  children?: ReactNode;
}) {
  const ref = useRef<HTMLHeadingElement>(null);
  const docTitle = documentTitle ?? title;
  useEffect(() => {
    document.title = `${docTitle} – PopDesk`;
  }, [docTitle]);
  useEffect(() => {
    if (focus) ref.current?.focus();
  }, [focus]);
  return (
    <h1 ref={ref} tabIndex={-1} lang={lang}>
      {children ?? title}
    </h1>
  );
}
