import { readFileSync } from 'node:fs';
import { join } from 'node:path';

let css: string | null = null;

/** The host page: HubSpot-like styles inline, the bundled script, one mount point. */
export function previewPage(): string {
  css ??= readFileSync(join(__dirname, 'static', 'preview.css'), 'utf8');
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Sales KPI Cards · local preview</title>
<style>${css}</style>
</head>
<body>
<div id="preview"></div>
<script src="/preview.js"></script>
</body>
</html>`;
}
