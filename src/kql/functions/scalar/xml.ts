import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { defineScalar } from '../define.ts';
import type { ScalarFunction } from '../registry-types.ts';

/**
 * parse_xml(): Kusto's XML-to-dynamic mapping: elements become properties, attributes
 * `@name`, mixed text `#text`, all values strings. Text that is not XML gives null. A value
 * that is already dynamic JSON passes through, as parse_json() treats it (Sentinel rules
 * call parse_xml on columns that hold JSON).
 */
const parser = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: '@',
  textNodeName: '#text',
  parseTagValue: false,
  parseAttributeValue: false,
  ignoreDeclaration: true,
  ignorePiTags: true,
});

function parseXml(value: unknown): unknown {
  if (typeof value !== 'string') return value ?? null;
  const text = value.trim();
  if (!text.startsWith('<') || XMLValidator.validate(text) !== true) return null;
  return parser.parse(text);
}

export const xmlFunctions: readonly ScalarFunction[] = [
  defineScalar({ name: 'parse_xml', params: ['any'], result: 'dynamic', impl: parseXml }),
];
