import { type ReactNode, useEffect, useState } from 'react';
import { createPortal } from 'react-dom';

/**
 * What prints, outside the app's shell: a layer of its own at the end of the body, hidden on
 * screen, the only thing shown in print (styles/print.css). Electron's printToPDF, the browser's
 * print and Playwright's page.pdf then all lay out the report alone, at the paper's width.
 */
export function PrintPortal({ children }: { children: ReactNode }) {
  const [layer] = useState(() => {
    const div = document.createElement('div');
    div.setAttribute('data-print-root', '');
    return div;
  });
  useEffect(() => {
    document.body.append(layer);
    return () => layer.remove();
  }, [layer]);
  return createPortal(children, layer);
}
