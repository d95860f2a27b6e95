import { ElementType, type parseDocument } from 'htmlparser2';

// Node types of htmlparser2's DOM, shared by the HTML and DOCX readers.

/** Any node htmlparser2 produces: element, text, comment, directive. */
export type DomNode = ReturnType<typeof parseDocument>['children'][number];

/** An element node (tag, script or style) with its name and attributes. */
export type DomElement = Extract<DomNode, { name: string; attribs: Record<string, string> }>;

/** A text node. */
export type DomText = Extract<DomNode, { type: typeof ElementType.Text }>;

/** True for element nodes, including script and style. */
export function isElement(node: DomNode): node is DomElement {
  return ElementType.isTag(node);
}

/** True for text nodes. */
export function isText(node: DomNode): node is DomText {
  return node.type === ElementType.Text;
}
