// The globals must exist before @hubspot/ui-extensions is first evaluated: keep this import first.
import './installWorkerGlobals';
import { createRoot } from 'react-dom/client';
import { PreviewApp } from './PreviewApp';

/** The browser entry of the preview page (bundled by esbuild at start, src/preview/bundlePreview.ts). */
const container = document.getElementById('preview');
if (container === null) throw new Error('the page has no #preview element');
createRoot(container).render(<PreviewApp />);
