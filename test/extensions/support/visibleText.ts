import type { RenderedNode } from '@hubspot/ui-extensions/testing';

/** Props whose string values a user reads on screen (titles, labels, statistic numbers…). */
const VISIBLE_PROPS = ['title', 'label', 'number', 'valueDescription', 'validationMessage', 'description', 'placeholder'];

const isNode = (value: unknown): value is RenderedNode =>
  typeof value === 'object' && value !== null && 'nodeType' in value && typeof (value as { nodeType: unknown }).nodeType === 'string';

/**
 * Everything a user could read in a rendered tree, in order: text nodes, the visible string
 * props, and overlays such as Tooltips. The renderer's own `.text` only covers direct text
 * children, which is not what a user notices.
 */
export function visibleText(node: RenderedNode | null): string {
  if (node === null) return '';
  if (node.nodeType === 'text') return node.text;
  const parts: string[] = [];
  if (node.nodeType === 'element') {
    const props = node.props as Record<string, unknown>;
    for (const key of VISIBLE_PROPS) {
      const value = props[key];
      if (typeof value === 'string' || typeof value === 'number') parts.push(String(value));
    }
    for (const value of Object.values(props)) if (isNode(value)) parts.push(visibleText(value));
  }
  if ('childNodes' in node) for (const child of node.childNodes) parts.push(visibleText(child));
  return parts.filter((p) => p !== '').join(' ');
}
